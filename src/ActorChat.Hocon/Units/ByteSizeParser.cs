namespace ActorChat.Hocon.Units;

/// <summary>
/// Parses byte sizes such as <c>10MB</c>, <c>512K</c> or <c>0.5M</c> (hocon.md §21). A bare number is bytes;
/// powers of ten are written kB, MB…; a single letter, the "i" forms and the *bibyte names are powers of two.
/// </summary>
internal static class ByteSizeParser
{
    private static readonly Dictionary<string, decimal> BytesPerUnit = Build();

    /// <summary>The accepted unit names, for error messages and tests.</summary>
    public static IEnumerable<string> Units => BytesPerUnit.Keys;

    /// <summary>Null when the text is not a byte size, is negative, or does not fit 64 bits.</summary>
    public static long? TryParse(string text)
    {
        if (!UnitText.TrySplit(text, out var number, out var unit) || !BytesPerUnit.TryGetValue(unit, out var factor))
        {
            return null;
        }

        return FromBytes(number, factor);
    }

    public static long? FromBytes(decimal number, decimal factor = 1)
    {
        if (number < 0)
        {
            return null;
        }

        try
        {
            var bytes = decimal.Truncate(number * factor);
            return bytes > long.MaxValue ? null : (long)bytes;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static Dictionary<string, decimal> Build()
    {
        var table = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var name in new[] { "", "B", "b", "byte", "bytes" })
        {
            table[name] = 1;
        }

        string[] decimalPrefixes = ["kilo", "mega", "giga", "tera", "peta", "exa", "zetta", "yotta"];
        string[] binaryPrefixes = ["kibi", "mebi", "gibi", "tebi", "pebi", "exbi", "zebi", "yobi"];
        const string letters = "KMGTPEZY";
        decimal powerOfTen = 1;
        decimal powerOfTwo = 1;
        for (var i = 0; i < letters.Length; i++)
        {
            powerOfTen *= 1000;
            powerOfTwo *= 1024;
            var upper = letters[i].ToString();
            var tenSymbol = i == 0 ? "kB" : upper + "B";
            table[tenSymbol] = powerOfTen;
            table[decimalPrefixes[i] + "byte"] = powerOfTen;
            table[decimalPrefixes[i] + "bytes"] = powerOfTen;

            // Single letters are case-insensitive and always powers of two.
            table[upper] = powerOfTwo;
            table[upper.ToLowerInvariant()] = powerOfTwo;
            table[upper + "i"] = powerOfTwo;
            table[upper + "iB"] = powerOfTwo;
            table[binaryPrefixes[i] + "byte"] = powerOfTwo;
            table[binaryPrefixes[i] + "bytes"] = powerOfTwo;
        }

        return table;
    }
}
