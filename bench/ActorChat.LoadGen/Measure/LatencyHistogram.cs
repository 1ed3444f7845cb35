namespace ActorChat.LoadGen.Measure;

/// <summary>
/// Fixed-size latency histogram in microseconds, safe to record into from several threads (one
/// interlocked increment per sample; no list of samples, so a run of any length costs ~200 KB).
/// Buckets: 1 µs wide below 10 ms (exact there), 100 µs wide from 10 ms to 1 s, 10 ms wide from
/// 1 s to 60 s; anything longer lands in the last bucket (the exact maximum is kept separately).
/// </summary>
internal sealed class LatencyHistogram
{
    private const long FineLimit = 10_000;          // 10 ms
    private const long MidLimit = 1_000_000;        // 1 s
    private const long CoarseLimit = 60_000_000;    // 60 s
    private const long MidWidth = 100;
    private const long CoarseWidth = 10_000;
    private const int MidStart = (int)FineLimit;
    private const int CoarseStart = MidStart + (int)((MidLimit - FineLimit) / MidWidth);
    private const int Overflow = CoarseStart + (int)((CoarseLimit - MidLimit) / CoarseWidth);

    private readonly long[] _counts = new long[Overflow + 1];
    private long _total;
    private long _max;

    public long Count => Volatile.Read(ref _total);

    public long MaxMicros => Volatile.Read(ref _max);

    public void Record(long micros)
    {
        if (micros < 0)
        {
            // A sample stamped in the future can only be clock noise; count it as zero.
            micros = 0;
        }

        Interlocked.Increment(ref _counts[BucketOf(micros)]);
        Interlocked.Increment(ref _total);
        var max = Volatile.Read(ref _max);
        while (micros > max)
        {
            var seen = Interlocked.CompareExchange(ref _max, micros, max);
            if (seen == max)
            {
                break;
            }

            max = seen;
        }
    }

    /// <summary>
    /// The smallest value v such that at least <paramref name="fraction"/> of the samples are ≤ v
    /// (nearest-rank). Exact below 10 ms; above, the upper edge of the bucket (never above the max).
    /// Null when nothing was recorded.
    /// </summary>
    public long? Percentile(double fraction)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fraction, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1.0);
        var total = Count;
        if (total == 0)
        {
            return null;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(fraction * total));
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += Volatile.Read(ref _counts[i]);
            if (seen >= rank)
            {
                return Math.Min(UpperEdge(i), MaxMicros);
            }
        }

        return MaxMicros;
    }

    private static int BucketOf(long micros) => micros switch
    {
        < FineLimit => (int)micros,
        < MidLimit => MidStart + (int)((micros - FineLimit) / MidWidth),
        < CoarseLimit => CoarseStart + (int)((micros - MidLimit) / CoarseWidth),
        _ => Overflow,
    };

    private static long UpperEdge(int bucket) => bucket switch
    {
        < MidStart => bucket,
        < CoarseStart => FineLimit + ((bucket - MidStart + 1) * MidWidth) - 1,
        < Overflow => MidLimit + ((bucket - CoarseStart + 1) * CoarseWidth) - 1,
        _ => long.MaxValue,
    };
}
