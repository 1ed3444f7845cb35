using System.Globalization;
using ActorChat.Hocon.Model;
using ActorChat.Hocon.Parsing;
using ActorChat.Hocon.Resolution;
using ActorChat.Hocon.Units;

namespace ActorChat.Hocon;

/// <summary>
/// Typed reads of resolved values, shared by <see cref="Config"/> and <see cref="HoconValue"/>. Every
/// failure is a <see cref="ConfigWrongTypeException"/> naming the full path, the expected type and the
/// value's origin; nothing else escapes.
/// </summary>
internal static class ValueReader
{
    public static string ReadString(ConfigValue value, string path) =>
        value is ConfigScalar scalar ? scalar.Text : throw WrongType(value, path, "string");

    public static int ReadInt(ConfigValue value, string path)
    {
        var number = ReadInteger(value, path, "int (32-bit)");
        return number is >= int.MinValue and <= int.MaxValue ? (int)number : throw WrongType(value, path, "int (32-bit), the value is out of range");
    }

    public static long ReadLong(ConfigValue value, string path) => ReadInteger(value, path, "long (64-bit)");

    public static double ReadDouble(ConfigValue value, string path)
    {
        if (value is ConfigScalar { Type: HoconType.Number or HoconType.String } scalar
            && NumberSyntax.IsJsonNumber(scalar.Text.Trim(), out _)
            && double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        throw WrongType(value, path, "number");
    }

    /// <summary>true/false, and the strings yes/no and on/off in any case.</summary>
    public static bool ReadBoolean(ConfigValue value, string path)
    {
        if (value is ConfigScalar { Type: HoconType.Boolean or HoconType.String } scalar)
        {
            switch (scalar.Text.ToUpperInvariant())
            {
                case "TRUE" or "YES" or "ON":
                    return true;
                case "FALSE" or "NO" or "OFF":
                    return false;
            }
        }

        throw WrongType(value, path, "boolean (true/false, yes/no, on/off)");
    }

    /// <summary>A number is milliseconds; a string is a duration with a unit, or "infinite".</summary>
    public static TimeSpan ReadTimeSpan(ConfigValue value, string path, bool allowInfinite)
    {
        TimeSpan? result = null;
        if (value is ConfigScalar { Type: HoconType.Number } number && TryDecimal(number.Text, out var ms))
        {
            result = DurationParser.FromMilliseconds(ms);
        }
        else if (value is ConfigScalar { Type: HoconType.String } text)
        {
            if (string.Equals(text.Text.Trim(), "infinite", StringComparison.OrdinalIgnoreCase))
            {
                return allowInfinite ? Timeout.InfiniteTimeSpan : throw WrongType(value, path, "finite duration");
            }

            result = DurationParser.TryParse(text.Text);
        }

        return result ?? throw WrongType(value, path, "duration (e.g. 250ms, 5s, 1.5 h)");
    }

    /// <summary>null for off/false/no (any case), otherwise a duration (Akka's GetTimeSpanWithOffSwitch).</summary>
    public static TimeSpan? ReadTimeSpanWithOffSwitch(ConfigValue value, string path)
    {
        if (value is ConfigScalar { Type: HoconType.Boolean or HoconType.String } scalar
            && scalar.Text.Trim().ToUpperInvariant() is "OFF" or "FALSE" or "NO")
        {
            return null;
        }

        return ReadTimeSpan(value, path, allowInfinite: true);
    }

    public static long ReadByteSize(ConfigValue value, string path)
    {
        long? result = value switch
        {
            ConfigScalar { Type: HoconType.Number } n when TryDecimal(n.Text, out var bytes) => ByteSizeParser.FromBytes(bytes),
            ConfigScalar { Type: HoconType.String } s => ByteSizeParser.TryParse(s.Text),
            _ => null,
        };
        return result ?? throw WrongType(value, path, "byte size (e.g. 4096, 512K, 10MB, 1MiB)");
    }

    /// <summary>A list, or an object with numeric keys standing in for one (hocon.md §23).</summary>
    public static IReadOnlyList<ConfigValue> ReadList(ConfigValue value, string path) => value switch
    {
        ConfigList list => list.Items,
        ConfigObject obj when ListConversion.TryToList(obj) is { } converted => converted.Items,
        _ => throw WrongType(value, path, "list"),
    };

    public static ConfigWrongTypeException WrongType(ConfigValue value, string path, string expected)
    {
        var found = value switch
        {
            ConfigObject => "an object",
            ConfigList => "a list",
            ConfigScalar { Type: HoconType.String } s => $"the string \"{s.Text}\"",
            ConfigScalar s => $"the {s.TypeName} {s.Text}",
            _ => value.TypeName,
        };
        return new ConfigWrongTypeException(path, expected, found, value.Location);
    }

    private static long ReadInteger(ConfigValue value, string path, string expected)
    {
        if (value is ConfigScalar { Type: HoconType.Number or HoconType.String } scalar)
        {
            var text = scalar.Text.Trim();
            if (NumberSyntax.IsJsonNumber(text, out var isInteger))
            {
                if (isInteger)
                {
                    return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                        ? l
                        : throw WrongType(value, path, expected + ", the value is out of range");
                }

                // 1e3 or 2.0 are whole numbers written as doubles; 1.5 is not an integer.
                if (TryDecimal(text, out var d) && d == decimal.Truncate(d))
                {
                    return d is >= long.MinValue and <= long.MaxValue ? (long)d : throw WrongType(value, path, expected + ", the value is out of range");
                }
            }
        }

        throw WrongType(value, path, expected);
    }

    private static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
