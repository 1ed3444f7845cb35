namespace ActorChat.Benchmarks.Chat;

/// <summary>
/// Process CPU time (every thread: the sending thread, the actors, the GC, spinning pool workers) per
/// item of each operation, so a benchmark can report CPU per message next to BDN's wall clock. On two
/// cores the wall clock hides work done in parallel; CPU per message is the number the targets use.
/// The report is the median over the last 4,096 operations: BDN's jitting and pilot operations, run
/// first and on unoptimised code, do not skew it. Preallocated, so it adds nothing to Allocated.
/// </summary>
internal sealed class CpuMeter
{
    private readonly double[] _nsPerItem = new double[4096];
    private long _operations;

    public static TimeSpan Now => Environment.CpuUsage.TotalTime;

    public void Add(TimeSpan start, int items)
    {
        _nsPerItem[_operations % _nsPerItem.Length] = (Now - start).TotalNanoseconds / items;
        _operations++;
    }

    /// <summary>One line for the benchmark's log, e.g. "// Route: 812 ns CPU per delivery (median of 57 operations)".</summary>
    public string Report(string what, string item)
    {
        if (_operations == 0)
        {
            return $"// {what}: no operations";
        }

        var kept = _nsPerItem[..(int)Math.Min(_operations, _nsPerItem.Length)];
        Array.Sort(kept);
        return $"// {what}: {kept[kept.Length / 2]:N0} ns CPU per {item} (process, all threads; median of the last {kept.Length:N0} of {_operations:N0} operations)";
    }
}
