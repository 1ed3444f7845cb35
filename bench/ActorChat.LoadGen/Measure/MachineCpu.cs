namespace ActorChat.LoadGen.Measure;

/// <summary>CPU time of the whole machine (all CPUs) and the part stolen by the hypervisor, in clock ticks.</summary>
internal readonly record struct MachineCpu(long Total, long Steal)
{
    /// <summary>Percent of the machine's CPU time stolen between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static double? StealPercent(MachineCpu? start, MachineCpu? end) =>
        start is { } a && end is { } b && b.Total > a.Total ? 100.0 * (b.Steal - a.Steal) / (b.Total - a.Total) : null;
}
