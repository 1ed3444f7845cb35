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
    private int _cleanedUp;

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
                Complete(_promise.TrySetException(new AskTimeoutException($"Timeout after {seconds} seconds")));
            });
        }

        if (cancellationToken.CanBeCanceled)
        {
            _registration = cancellationToken.UnsafeRegister(
                static (state, token) => ((FutureActorRef<T>)state!).Complete(((FutureActorRef<T>)state!)._promise.TrySetCanceled(token)),
                this);
        }

        target.Tell(message, this);
    }

    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        var completed = message switch
        {
            Status.Failure failure when typeof(T) != typeof(Status.Failure) => _promise.TrySetException(failure.Cause),
            T reply => _promise.TrySetResult(reply),
            _ => _promise.TrySetException(new ArgumentException(
                $"Received message of type [{message.GetType()}] - Ask expected message of type [{typeof(T)}]")),
        };

        if (completed)
        {
            Complete(true);
        }
        else if (!_promise.Task.IsCanceled)
        {
            // A late or duplicate reply.
            system.DeadLetterRef.DeliverFrom(message, sender, this);
        }
    }

    private void Complete(bool completedNow)
    {
        if (!completedNow || Interlocked.Exchange(ref _cleanedUp, 1) == 1)
        {
            return;
        }

        system.TempContainer.Unregister(this);
        _timeout?.Cancel();
        _registration.Unregister();
    }
}
