using ActorChat.Actors.Dispatch.SysMsg;

namespace ActorChat.Actors.Cells;

/// <summary>
/// Task scheduler of one actor: continuations of a ReceiveAsync handler are posted to the actor as
/// system messages, so they run inside the actor's mailbox run (Self, Sender, Context usable; never
/// concurrently with other processing of the actor).
/// </summary>
internal sealed class ActorTaskScheduler(ActorCell cell) : TaskScheduler
{
    /// <summary>The message whose handler started the current task (restored while continuations run).</summary>
    public object? CapturedMessage { get; set; }

    public IActorRef? CapturedSender { get; set; }

    public override int MaximumConcurrencyLevel => 1;

    public bool Execute(Task task) => TryExecuteTask(task);

    protected override void QueueTask(Task task) => cell.Self.SendSystemMessage(new RunActorTask(task));

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        ReferenceEquals(ActorCell.Current, cell) && TryExecuteTask(task);

    protected override IEnumerable<Task>? GetScheduledTasks() => null;
}
