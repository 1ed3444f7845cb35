using ActorChat.Actors.Logging;

namespace ActorChat.Actors.Scheduling;

/// <summary>One scheduled action: a TimeProvider timer plus its cancellation hook.</summary>
internal sealed class ScheduledWork(TimeProviderScheduler owner, Action action, bool repeating)
{
    private ITimer? _timer;
    private CancellationTokenRegistration _registration;
    private int _disposed;

    public void Start(TimeProvider time, TimeSpan delay, TimeSpan period, ICancelable? cancelable)
    {
        if (cancelable is not null)
        {
            _registration = cancelable.Token.UnsafeRegister(static s => ((ScheduledWork)s!).Dispose(), this);
        }

        var timer = time.CreateTimer(static s => ((ScheduledWork)s!).Fire(), this, delay, period);
        Volatile.Write(ref _timer, timer);

        // Canceled (or a one-shot fired) before the timer was stored: release it now.
        if (Volatile.Read(ref _disposed) == 1)
        {
            timer.Dispose();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Volatile.Read(ref _timer)?.Dispose();
        _registration.Unregister();
        owner.Remove(this);
    }

    private void Fire()
    {
        if (Volatile.Read(ref _disposed) == 1)
        {
            return;
        }

        if (!repeating)
        {
            Dispose();
        }

        try
        {
            action();
        }
        catch (Exception e)
        {
            // A throwing action must not take the timer thread down.
            RuntimeLog.ScheduledActionFailed(owner.Logger, e);
        }
    }
}
