namespace ActorChat.Chat.Management.Logs;

/// <summary>
/// The most recent log entries (a bounded ring: the oldest is overwritten) and the live subscribers
/// of <c>log tail</c>. Subscribers are called on the logging thread, outside the lock, and must only
/// hand the entry on (an actor Tell), never log.
/// </summary>
public sealed class LogRing
{
    private readonly Lock _gate = new();
    private readonly LogEntry?[] _entries;
    private readonly Dictionary<long, Action<LogEntry>> _subscribers = [];
    private Action<LogEntry>[] _snapshot = [];
    private long _next;
    private long _nextSubscription;

    public LogRing(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _entries = new LogEntry?[capacity];
    }

    public int Capacity => _entries.Length;

    public void Add(LogEntry entry)
    {
        Action<LogEntry>[] subscribers;
        lock (_gate)
        {
            _entries[_next % _entries.Length] = entry;
            _next++;
            subscribers = _snapshot;
        }

        foreach (var subscriber in subscribers)
        {
            subscriber(entry);
        }
    }

    /// <summary>The newest <paramref name="count"/> entries, oldest first.</summary>
    public IReadOnlyList<LogEntry> Recent(int count)
    {
        lock (_gate)
        {
            var available = (int)Math.Min(_next, _entries.Length);
            var take = Math.Min(count, available);
            var result = new List<LogEntry>(take);
            for (var i = _next - take; i < _next; i++)
            {
                result.Add(_entries[i % _entries.Length]!);
            }

            return result;
        }
    }

    /// <summary>Calls <paramref name="subscriber"/> for every entry added from now on, until the result is disposed.</summary>
    public IDisposable Subscribe(Action<LogEntry> subscriber)
    {
        lock (_gate)
        {
            var id = _nextSubscription++;
            _subscribers[id] = subscriber;
            _snapshot = [.. _subscribers.Values];
            return new Subscription(this, id);
        }
    }

    private void Unsubscribe(long id)
    {
        lock (_gate)
        {
            if (_subscribers.Remove(id))
            {
                _snapshot = [.. _subscribers.Values];
            }
        }
    }

    private sealed class Subscription(LogRing ring, long id) : IDisposable
    {
        public void Dispose() => ring.Unsubscribe(id);
    }
}
