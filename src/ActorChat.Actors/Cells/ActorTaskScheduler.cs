using ActorChat.Actors.Dispatch.SysMsg;

namespace ActorChat.Actors.Cells;

/// <summary>
/// Task scheduler of one actor incarnation: continuations of a ReceiveAsync handler are posted to the
/// actor as system messages, so they run inside the actor's mailbox run (Self, Sender, Context usable;
/// never concurrently with other processing of the actor). A restart or stop discards the scheduler
/// (the next incarnation gets a new one), so its identity tells a stale task's completion apart.
/// </summary>
internal sealed class ActorTaskScheduler(ActorCell cell) : TaskScheduler
{
    public ActorCell Cell => cell;

    /// <summary>The message whose handler started the current task (restored while continuations run).</summary>
    public object? CapturedMessage { get; set; }

    public IActorRef? CapturedSender { get; set; }

    /// <summary>Started tasks whose completion is not processed yet; each holds one mailbox suspension.</summary>
    public int PendingTasks { get; set; }

    public override int MaximumConcurrencyLevel => 1;

    public bool Execute(Task task) => TryExecuteTask(task);

    protected override void QueueTask(Task task) => cell.Self.SendSystemMessage(new RunActorTask(task, this));

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        ReferenceEquals(ActorCell.Current, cell) && TryExecuteTask(task);

    protected override IEnumerable<Task>? GetScheduledTasks() => null;
}
