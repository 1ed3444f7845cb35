using System.Globalization;

namespace ActorChat.LoadGen.Measure;

/// <summary>
/// Parsers for the few /proc fields the generator reads: CPU time from <c>/proc/PID/stat</c>, resident
/// memory from <c>/proc/PID/status</c>, the 1-minute load from <c>/proc/loadavg</c>. Pure functions over
/// the file text so they can be tested on samples.
/// </summary>
internal static class ProcStat
{
    /// <summary>
    /// USER_HZ, the unit of utime/stime. It is part of the Linux user ABI and 100 on every
    /// architecture .NET runs on (sysconf(_SC_CLK_TCK)); hard-coded so no native call is needed.
    /// </summary>
    public const long ClockTicksPerSecond = 100;

    /// <summary>utime + stime in clock ticks, from the text of <c>/proc/PID/stat</c>.</summary>
    public static long? ParseCpuTicks(string stat)
    {
        // The command name (field 2) is in parentheses and may itself hold spaces and ')'; the fields
        // after the last ')' are fixed: state(3) ppid pgrp session tty_nr tpgid flags minflt cminflt
        // majflt cmajflt utime(14) stime(15).
        var close = stat.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 13
            || !long.TryParse(fields[11], NumberStyles.None, CultureInfo.InvariantCulture, out var utime)
            || !long.TryParse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture, out var stime))
        {
            return null;
        }

        return utime + stime;
    }

    /// <summary>VmRSS in kB, from the text of <c>/proc/PID/status</c>.</summary>
    public static long? ParseRssKb(string status)
    {
        foreach (var line in status.Split('\n'))
        {
            if (!line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line["VmRSS:".Length..].Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            return parts.Length >= 1 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : null;
        }

        return null;
    }

    /// <summary>
    /// All CPUs' time and the part of it stolen by the hypervisor (a virtual machine's CPU given to
    /// another guest), from the first line of <c>/proc/stat</c>: <c>cpu user nice system idle iowait
    /// irq softirq steal ...</c>, in clock ticks.
    /// </summary>
    public static MachineCpu? ParseMachineCpu(string stat)
    {
        var end = stat.IndexOf('\n');
        var fields = (end >= 0 ? stat[..end] : stat).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 9 || fields[0] != "cpu")
        {
            return null;
        }

        long total = 0;
        long steal = 0;
        for (var i = 1; i < fields.Length && i <= 8; i++)
        {
            if (!long.TryParse(fields[i], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            {
                return null;
            }

            total += ticks;
            steal = i == 8 ? ticks : steal;
        }

        return new MachineCpu(total, steal);
    }

    /// <summary>The 1-minute load average, from the text of <c>/proc/loadavg</c>.</summary>
    public static double? ParseLoadAverage1(string loadavg)
    {
        var first = loadavg.Split(' ', 2)[0];
        return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : null;
    }
}
