using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Scheduling;

/// <summary>
/// Scheduler on an injectable <see cref="TimeProvider"/>: the system clock in production (the runtime's
/// own timer queue), a manual clock in tests.
/// </summary>
internal sealed class TimeProviderScheduler(TimeProvider time, ILogger logger) : IScheduler, IActionScheduler
{
    private readonly ConcurrentDictionary<ScheduledWork, byte> _pending = new();
    private volatile bool _shutdown;

    public IActionScheduler Advanced => this;

    public DateTimeOffset Now => time.GetUtcNow();

    internal ILogger Logger => logger;

    public void ScheduleTellOnce(TimeSpan delay, ICanTell receiver, object message, IActorRef? sender, ICancelable? cancelable = null)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(message);
        Schedule(delay, Timeout.InfiniteTimeSpan, () => receiver.Tell(message, sender), cancelable);
    }

    public void ScheduleTellRepeatedly(TimeSpan initialDelay, TimeSpan interval, ICanTell receiver, object message, IActorRef? sender, ICancelable? cancelable = null)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(message);
        ValidateInterval(interval);
        Schedule(initialDelay, interval, () => receiver.Tell(message, sender), cancelable);
    }

    public void ScheduleOnce(TimeSpan delay, Action action, ICancelable? cancelable = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        Schedule(delay, Timeout.InfiniteTimeSpan, action, cancelable);
    }

    public void ScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, Action action, ICancelable? cancelable = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ValidateInterval(interval);
        Schedule(initialDelay, interval, action, cancelable);
    }

    /// <summary>Cancels everything pending; later scheduling throws <see cref="SchedulerException"/>.</summary>
    public void Shutdown()
    {
        _shutdown = true;
        foreach (var work in _pending.Keys)
        {
            work.Dispose();
        }
    }

    internal void Remove(ScheduledWork work) => _pending.TryRemove(work, out _);

    private void Schedule(TimeSpan delay, TimeSpan period, Action action, ICancelable? cancelable)
    {
        if (delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "The delay must be zero or positive.");
        }

        if (_shutdown)
        {
            throw new SchedulerException("Cannot schedule: the scheduler has been shut down.");
        }

        if (cancelable?.IsCancellationRequested == true)
        {
            return;
        }

        var work = new ScheduledWork(this, action, repeating: period != Timeout.InfiniteTimeSpan);
        _pending.TryAdd(work, 0);
        work.Start(time, delay, period, cancelable);
    }

    private static void ValidateInterval(TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "The interval must be positive.");
        }
    }
}
