using ActorChat.Actors.Cells;
using ActorChat.Actors.Scheduling;

namespace ActorChat.Actors.Timers;

/// <summary>
/// The timers of one actor incarnation, on the system scheduler (so on the system's TimeProvider).
/// Every start takes a new generation number; a delivered message counts only if its key is still
/// active with the same generation and it was sent by this very scheduler (a new incarnation gets a
/// new scheduler). Touched only from the owning actor's thread, so no locks.
/// </summary>
internal sealed class TimerScheduler(ActorCell cell) : ITimerScheduler
{
    private readonly Dictionary<object, ActiveTimer> _timers = [];
    private int _generation;

    public IReadOnlyCollection<object> ActiveTimers => [.. _timers.Keys];

    public void StartSingleTimer(object key, object message, TimeSpan timeout, IActorRef? sender = null) =>
        Start(key, message, timeout, Timeout.InfiniteTimeSpan, sender);

    public void StartPeriodicTimer(object key, object message, TimeSpan interval, IActorRef? sender = null) =>
        Start(key, message, interval, interval, sender);

    public void StartPeriodicTimer(object key, object message, TimeSpan initialDelay, TimeSpan interval, IActorRef? sender = null) =>
        Start(key, message, initialDelay, interval, sender);

    public bool IsTimerActive(object key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _timers.ContainsKey(key);
    }

    public void Cancel(object key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_timers.Remove(key, out var timer))
        {
            timer.Stop();
        }
    }

    public void CancelAll()
    {
        foreach (var timer in _timers.Values)
        {
            timer.Stop();
        }

        _timers.Clear();
    }

    /// <summary>
    /// Accepts a delivered timer message if it is current (a single timer is then no longer active)
    /// and gives back the user's message; false means stale: drop it silently.
    /// </summary>
    public bool TryAccept(TimerMessage delivered, out object message)
    {
        message = delivered.Message;
        if (!ReferenceEquals(delivered.Owner, this) ||
            !_timers.TryGetValue(delivered.Key, out var timer) ||
            timer.Generation != delivered.Generation)
        {
            return false;
        }

        if (!timer.Periodic)
        {
            _timers.Remove(delivered.Key);
            timer.Stop();
        }

        return true;
    }

    private void Start(object key, object message, TimeSpan initialDelay, TimeSpan interval, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(message);
        Cancel(key);

        var generation = ++_generation;
        var wrapped = new TimerMessage(key, generation, this, message);
        var cancelable = new Cancelable();
        var periodic = interval != Timeout.InfiniteTimeSpan;
        try
        {
            if (periodic)
            {
                cell.System.Scheduler.ScheduleTellRepeatedly(initialDelay, interval, cell.Self, wrapped, sender, cancelable);
            }
            else
            {
                cell.System.Scheduler.ScheduleTellOnce(initialDelay, cell.Self, wrapped, sender, cancelable);
            }
        }
        catch
        {
            cancelable.Dispose();
            throw;
        }

        _timers[key] = new ActiveTimer(generation, periodic, cancelable);
    }
}
