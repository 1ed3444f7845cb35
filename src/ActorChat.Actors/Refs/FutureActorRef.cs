using System.Globalization;
using ActorChat.Actors.Scheduling;

namespace ActorChat.Actors.Refs;

/// <summary>
/// The temporary sender of an Ask, registered under <c>/temp</c> until the reply, the timeout or the
/// cancellation completes its task (continuations run asynchronously, never on the replying actor's thread).
/// </summary>
internal sealed class FutureActorRef<T>(ActorSystemImpl system, ActorPath path) : MinimalActorRef
{
    private readonly TaskCompletionSource<T> _promise = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ICancelable? _timeout;
    private CancellationTokenRegistration _registration;
    private int _completed;

    public override ActorPath Path => path;

    public override ActorSystemImpl System => system;

    public Task<T> Task => _promise.Task;

    public void Start(ICanTell target, object message, TimeSpan timeout, CancellationToken cancellationToken)
    {
        system.TempContainer.Register(this);
        if (timeout > TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            _timeout = system.Scheduler.Advanced.ScheduleOnceCancelable(timeout, () =>
            {
                var seconds = timeout.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
                TryComplete(p => p.TrySetException(new AskTimeoutException($"Timeout after {seconds} seconds")));
            });
        }

        if (cancellationToken.CanBeCanceled)
        {
            _registration = cancellationToken.UnsafeRegister(
                static (state, token) => ((FutureActorRef<T>)state!).TryComplete(p => p.TrySetCanceled(token)),
                this);
        }

        target.Tell(message, this);
    }

    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        var completed = TryComplete(p => _ = message switch
        {
            Status.Failure failure when typeof(T) != typeof(Status.Failure) => p.TrySetException(failure.Cause),
            T reply => p.TrySetResult(reply),
            _ => p.TrySetException(new ArgumentException(
                $"Received message of type [{message.GetType()}] - Ask expected message of type [{typeof(T)}]")),
        });

        if (!completed && !_promise.Task.IsCanceled)
        {
            // A late or duplicate reply.
            system.DeadLetterRef.DeliverFrom(message, sender, this);
        }
    }

    /// <summary>
    /// First outcome wins. Cleanup (unregister from /temp, cancel the timer) happens before the task
    /// completes, so an awaiting caller never observes a half-finished Ask.
    /// </summary>
    private bool TryComplete(Action<TaskCompletionSource<T>> complete)
    {
        if (Interlocked.Exchange(ref _completed, 1) == 1)
        {
            return false;
        }

        system.TempContainer.Unregister(this);
        _timeout?.Cancel();
        _registration.Unregister();
        complete(_promise);
        return true;
    }
}
