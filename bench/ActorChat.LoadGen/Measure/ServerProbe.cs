namespace ActorChat.LoadGen.Measure;

/// <summary>
/// The server side of a run: zero, one or two processes (cross on two nodes). CPU and RSS are the
/// sums over the distinct PIDs, so "--server-pid2" equal to "--server-pid" counts once.
/// </summary>
internal sealed class ServerProbe(IReadOnlyList<ProcessProbe> processes)
{
    public static ServerProbe For(int? pid, int? pid2)
    {
        var pids = new[] { pid, pid2 }.OfType<int>().Distinct();
        return new ServerProbe([.. pids.Select(p => new ProcessProbe(p.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
    }

    public bool IsEmpty => processes.Count == 0;

    public long? CpuMicros() => Sum(p => p.CpuMicros());

    public long? RssKb() => Sum(p => p.RssKb());

    private long? Sum(Func<ProcessProbe, long?> read)
    {
        if (processes.Count == 0)
        {
            return null;
        }

        long total = 0;
        foreach (var process in processes)
        {
            if (read(process) is not { } value)
            {
                return null;
            }

            total += value;
        }

        return total;
    }
}
