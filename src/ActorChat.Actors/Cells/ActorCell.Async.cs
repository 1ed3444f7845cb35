using System.Runtime.ExceptionServices;
using ActorChat.Actors.Dispatch.SysMsg;
using ActorChat.Actors.Logging;

namespace ActorChat.Actors.Cells;

/// <summary>
/// ReceiveAsync support (trap #11): the mailbox is suspended for user messages while the handler's
/// task runs; its continuations come back as system messages; completion resumes the mailbox, and a
/// fault or cancellation is an ordinary actor failure.
/// <para>
/// The suspension belongs to the incarnation that started the task (its <see cref="ActorTaskScheduler"/>).
/// A restart or stop discards the incarnation and releases its suspensions at once, so the new instance
/// is not held up by (or failed by) a task it never started; that task's later completion is stale and
/// ignored (a fault only logged). Its continuations still run, so it can finish (finally blocks, disposal).
/// </para>
/// </summary>
internal sealed partial class ActorCell
{
    internal void RunTask(Func<Task> action)
    {
        var extras = Extras;
        var scheduler = extras.TaskScheduler ??= new ActorTaskScheduler(this);
        scheduler.CapturedMessage = _currentMessage;
        scheduler.CapturedSender = _currentSender;
        Mailbox.Suspend();

        // Start the handler on the actor's scheduler so its awaits capture it (TaskScheduler.Current).
        Task? inner = null;
        var starter = new Task(() => inner = action());
        starter.RunSynchronously(scheduler);

        if (starter.Exception is { } startFailure)
        {
            Mailbox.Resume();
            ExceptionDispatchInfo.Throw(Unwrap(startFailure));
        }

        if (inner is null || inner.IsCompleted)
        {
            Mailbox.Resume();
            if (inner is not null && Failure(inner) is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            return;
        }

        scheduler.PendingTasks++;
        inner.ContinueWith(
            static (task, state) =>
            {
                var owner = (ActorTaskScheduler)state!;
                owner.Cell.Self.SendSystemMessage(new ActorTaskCompleted(owner, Failure(task)));
            },
            scheduler,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void RunActorTask(ActorTaskScheduler scheduler, Task task)
    {
        var message = _currentMessage;
        var sender = _currentSender;
        _currentMessage = scheduler.CapturedMessage;
        _currentSender = scheduler.CapturedSender;
        try
        {
            scheduler.Execute(task);
        }
        finally
        {
            _currentMessage = message;
            _currentSender = sender;
        }
    }

    private void ActorTaskCompleted(ActorTaskScheduler owner, Exception? failure)
    {
        if (!ReferenceEquals(owner, _extras?.TaskScheduler))
        {
            // Started by a discarded incarnation, which released its suspension already.
            if (failure is not null)
            {
                RuntimeLog.StaleActorTaskFailed(_system.RuntimeLogger, failure, _self.Path);
            }

            return;
        }

        owner.PendingTasks--;
        Mailbox.Resume();
        if (failure is not null)
        {
            _currentMessage = owner.CapturedMessage;
            HandleInvokeFailure(failure);
            return;
        }

        if (_extras is { ReceiveTimeout: not null })
        {
            CheckReceiveTimeout(reschedule: true);
        }
    }

    /// <summary>
    /// Ends the current incarnation's async bookkeeping (restart, failed-creation retry, stop): releases
    /// the suspensions its pending tasks hold and forgets its scheduler, so their completions are stale.
    /// </summary>
    private void DiscardActorTasks()
    {
        if (_extras is not { TaskScheduler: { } scheduler } extras)
        {
            return;
        }

        extras.TaskScheduler = null;
        for (; scheduler.PendingTasks > 0; scheduler.PendingTasks--)
        {
            Mailbox.Resume();
        }
    }

    private static Exception? Failure(Task task) =>
        task.IsCanceled ? new TaskCanceledException(task)
        : task.Exception is { } aggregate ? Unwrap(aggregate)
        : null;

    private static Exception Unwrap(AggregateException aggregate) =>
        aggregate.InnerExceptions.Count == 1 ? aggregate.InnerExceptions[0] : aggregate;
}
