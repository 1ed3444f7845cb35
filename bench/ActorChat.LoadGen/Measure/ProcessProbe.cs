namespace ActorChat.LoadGen.Measure;

/// <summary>
/// Reads CPU time and RSS of one process (a server by PID, or the generator itself via "self").
/// A vanished process reads as null: the run still reports what it has.
/// </summary>
internal sealed class ProcessProbe(string pid)
{
    public static ProcessProbe Self { get; } = new("self");

    public string Pid => pid;

    public static bool Exists(int pid) => File.Exists($"/proc/{pid}/stat");

    /// <summary>User + system CPU time so far, in microseconds (10 ms resolution).</summary>
    public long? CpuMicros()
    {
        var ticks = ProcStat.ParseCpuTicks(Read("stat") ?? "");
        return ticks * (1_000_000 / ProcStat.ClockTicksPerSecond);
    }

    public long? RssKb() => ProcStat.ParseRssKb(Read("status") ?? "");

    public static MachineCpu? Machine()
    {
        try
        {
            return ProcStat.ParseMachineCpu(File.ReadAllText("/proc/stat"));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static double? LoadAverage1()
    {
        try
        {
            return ProcStat.ParseLoadAverage1(File.ReadAllText("/proc/loadavg"));
        }
        catch (IOException)
        {
            return null;
        }
    }

    private string? Read(string file)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/{file}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
