using System.Runtime.ExceptionServices;
using ActorChat.Actors.Dispatch.SysMsg;

namespace ActorChat.Actors.Cells;

/// <summary>
/// ReceiveAsync support (trap #11): the mailbox is suspended for user messages while the handler's
/// task runs; its continuations come back as system messages; completion resumes the mailbox, and a
/// fault or cancellation is an ordinary actor failure.
/// </summary>
internal sealed partial class ActorCell
{
    private ActorTaskScheduler? _taskScheduler;

    internal void RunTask(Func<Task> action)
    {
        var scheduler = _taskScheduler ??= new ActorTaskScheduler(this);
        scheduler.CapturedMessage = _currentMessage;
        scheduler.CapturedSender = _currentSender;
        _mailbox.Suspend();

        // Start the handler on the actor's scheduler so its awaits capture it (TaskScheduler.Current).
        Task? inner = null;
        var starter = new Task(() => inner = action());
        starter.RunSynchronously(scheduler);

        if (starter.Exception is { } startFailure)
        {
            _mailbox.Resume();
            ExceptionDispatchInfo.Throw(Unwrap(startFailure));
        }

        if (inner is null || inner.IsCompleted)
        {
            _mailbox.Resume();
            if (inner is not null && Failure(inner) is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            return;
        }

        inner.ContinueWith(
            static (task, state) => ((ActorCell)state!)._self.SendSystemMessage(new ActorTaskCompleted(Failure(task))),
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void RunActorTask(Task task)
    {
        var scheduler = _taskScheduler;
        if (scheduler is null)
        {
            return;
        }

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

    private void ActorTaskCompleted(Exception? failure)
    {
        _mailbox.Resume();
        if (failure is not null)
        {
            _currentMessage = _taskScheduler?.CapturedMessage;
            HandleInvokeFailure(failure);
            return;
        }

        if (_receiveTimeout is not null)
        {
            CheckReceiveTimeout(reschedule: true);
        }
    }

    private static Exception? Failure(Task task) =>
        task.IsCanceled ? new TaskCanceledException(task)
        : task.Exception is { } aggregate ? Unwrap(aggregate)
        : null;

    private static Exception Unwrap(AggregateException aggregate) =>
        aggregate.InnerExceptions.Count == 1 ? aggregate.InnerExceptions[0] : aggregate;
}
