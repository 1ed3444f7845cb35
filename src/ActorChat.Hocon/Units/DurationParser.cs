namespace ActorChat.Hocon.Units;

/// <summary>
/// Parses durations such as <c>5s</c>, <c>1.5 h</c> or <c>250</c> (a bare number is milliseconds).
/// Units are case-sensitive, lower case only (hocon.md §13).
/// </summary>
internal static class DurationParser
{
    private const decimal TicksPerNanosecond = 0.01m;

    private static readonly Dictionary<string, decimal> TicksPerUnit = Build();

    /// <summary>The accepted unit names, for error messages and tests.</summary>
    public static IEnumerable<string> Units => TicksPerUnit.Keys;

    /// <summary>Null when the text is not a duration or does not fit a <see cref="TimeSpan"/>.</summary>
    public static TimeSpan? TryParse(string text)
    {
        if (!UnitText.TrySplit(text, out var number, out var unit) || !TicksPerUnit.TryGetValue(unit, out var factor))
        {
            return null;
        }

        return FromTicks(number * factor);
    }

    /// <summary>A plain number of milliseconds, as given by a numeric value.</summary>
    public static TimeSpan? FromMilliseconds(decimal milliseconds) => FromTicks(milliseconds * TimeSpan.TicksPerMillisecond);

    private static TimeSpan? FromTicks(decimal ticks)
    {
        var rounded = decimal.Round(ticks, MidpointRounding.AwayFromZero);
        return rounded > long.MaxValue || rounded < long.MinValue ? null : TimeSpan.FromTicks((long)rounded);
    }

    private static Dictionary<string, decimal> Build()
    {
        var table = new Dictionary<string, decimal>(StringComparer.Ordinal);
        Add(table, TicksPerNanosecond, "ns", "nano", "nanos", "nanosecond", "nanoseconds");
        Add(table, TimeSpan.TicksPerMicrosecond, "us", "micro", "micros", "microsecond", "microseconds");
        Add(table, TimeSpan.TicksPerMillisecond, "", "ms", "milli", "millis", "millisecond", "milliseconds");
        Add(table, TimeSpan.TicksPerSecond, "s", "second", "seconds");
        Add(table, TimeSpan.TicksPerMinute, "m", "minute", "minutes");
        Add(table, TimeSpan.TicksPerHour, "h", "hour", "hours");
        Add(table, TimeSpan.TicksPerDay, "d", "day", "days");
        return table;
    }

    // The empty unit is in the millisecond row: a bare number means milliseconds.
    private static void Add(Dictionary<string, decimal> table, decimal ticks, params string[] names)
    {
        foreach (var name in names)
        {
            table[name] = ticks;
        }
    }
}
