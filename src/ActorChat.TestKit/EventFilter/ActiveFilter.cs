using System.Diagnostics;

namespace ActorChat.TestKit.EventFilter;

/// <summary>
/// A filter while installed in the sink: counts its events and wakes a waiter on each one. The
/// semaphore lets the blocking and the awaiting appliers wait the same way. Not disposable on purpose:
/// a logging thread may still count an event just after the filter was removed, and a SemaphoreSlim
/// whose AvailableWaitHandle is never used holds nothing to release.
/// </summary>
#pragma warning disable CA1001 // See the summary.
internal sealed class ActiveFilter(EventMatcher matcher)
#pragma warning restore CA1001
{
    private readonly SemaphoreSlim _arrived = new(0);
    private int _count;

    public EventMatcher Matcher => matcher;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Called by the sink (any thread) for every event this filter counts.</summary>
    public void OnMatched()
    {
        Interlocked.Increment(ref _count);
        _arrived.Release();
    }

    /// <summary>Waits until at least <paramref name="expected"/> events were counted or <paramref name="timeout"/> passed.</summary>
    public bool WaitFor(int expected, TimeSpan timeout)
    {
        var start = Stopwatch.GetTimestamp();
        while (Count < expected)
        {
            var left = timeout - Stopwatch.GetElapsedTime(start);
            if (left <= TimeSpan.Zero || !_arrived.Wait(left))
            {
                return Count >= expected;
            }
        }

        return true;
    }

    public async Task<bool> WaitForAsync(int expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        while (Count < expected)
        {
            var left = timeout - Stopwatch.GetElapsedTime(start);
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left, cancellationToken).ConfigureAwait(false))
            {
                return Count >= expected;
            }
        }

        return true;
    }
}
