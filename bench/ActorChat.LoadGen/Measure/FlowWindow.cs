using System.Diagnostics;

namespace ActorChat.LoadGen.Measure;

/// <summary>
/// Deliveries sent versus received. The producer (one thread) adds to <see cref="Sent"/> before it
/// writes, so receipts never overtake it; receive completions (any thread) add to
/// <see cref="Received"/>. Two waits hang off it: the producer waiting for in-flight deliveries to
/// drop (full speed), and the run waiting for a receive total (end of a phase).
/// </summary>
internal sealed class FlowWindow : IDisposable
{
    private readonly ManualResetEventSlim _room = new(false);
    private long _sent;
    private long _received;
    private long _lowWater;
    private int _producerWaiting;
    private long _target = long.MaxValue;
    private long _targetReachedAt;
    private TaskCompletionSource? _targetReached;

    public long Sent => Volatile.Read(ref _sent);

    public long Received => Volatile.Read(ref _received);

    public long InFlight => Sent - Received;

    public void AddSent(long deliveries) => Interlocked.Add(ref _sent, deliveries);

    public void AddReceived(int deliveries)
    {
        var received = Interlocked.Add(ref _received, deliveries);
        if (received >= Volatile.Read(ref _target))
        {
            if (Interlocked.CompareExchange(ref _targetReachedAt, Stopwatch.GetTimestamp(), 0) == 0)
            {
                Volatile.Read(ref _targetReached)?.TrySetResult();
            }
        }

        // Wake the producer only when the window has drained to its low-water mark, so it writes
        // in bursts instead of being woken once per delivery.
        if (Volatile.Read(ref _producerWaiting) != 0 && Volatile.Read(ref _sent) - received <= Volatile.Read(ref _lowWater))
        {
            _room.Set();
        }
    }

    /// <summary>Producer only: blocks until at most <paramref name="limit"/> deliveries are in flight or the timeout passes.</summary>
    public bool WaitForInFlightAtMost(long limit, TimeSpan timeout)
    {
        Volatile.Write(ref _lowWater, limit);
        _room.Reset();

        // Full fence: either this re-check sees a receipt, or that receipt's AddReceived sees the flag.
        Interlocked.Exchange(ref _producerWaiting, 1);
        try
        {
            return InFlight <= limit || _room.Wait(timeout) || InFlight <= limit;
        }
        finally
        {
            Volatile.Write(ref _producerWaiting, 0);
        }
    }

    /// <summary>
    /// Arms the end-of-phase wait: the task completes when <see cref="Received"/> reaches
    /// <paramref name="total"/>, with the <see cref="Stopwatch"/> timestamp of the receipt that
    /// reached it. Call it while nothing is in flight (before the phase's first send), so no receipt
    /// of an earlier phase can race with re-arming.
    /// </summary>
    public Task<long> ExpectReceived(long total)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _targetReachedAt, 0);
        Volatile.Write(ref _targetReached, reached);
        Volatile.Write(ref _target, total);
        if (Received >= total && Interlocked.CompareExchange(ref _targetReachedAt, Stopwatch.GetTimestamp(), 0) == 0)
        {
            reached.TrySetResult();
        }

        return reached.Task.ContinueWith(_ => Volatile.Read(ref _targetReachedAt), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public void Dispose() => _room.Dispose();
}
