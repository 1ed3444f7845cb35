using System.Globalization;

namespace ActorChat.LoadGen.Cli;

/// <summary>Typed reads of the collected values; each problem is added to the shared list.</summary>
internal sealed class OptionReader(Dictionary<string, string> raw, List<string> errors)
{
    public T Enum<T>(string name, T fallback)
        where T : struct, Enum
    {
        if (!raw.TryGetValue(name, out var text))
        {
            return fallback;
        }

        // Enum.TryParse would also take numbers ("--scenario 2"); only the documented names count.
        foreach (var value in System.Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        errors.Add($"{name} {text}: expected one of {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");
        return fallback;
    }

    public int Int(string name, int fallback, int min, int max) => (int)Long(name, fallback, min, max);

    public long Long(string name, long fallback, long min, long max)
    {
        if (!raw.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Add($"{name} {text}: expected a whole number from {min} to {max}");
            return fallback;
        }

        return value;
    }

    public int? OptionalInt(string name) => raw.ContainsKey(name) ? Int(name, 0, 1, int.MaxValue) : null;

    public double Double(string name, double fallback, double min, double max)
    {
        if (!raw.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value >= min && value <= max))
        {
            errors.Add($"{name} {text}: expected a number from {min} to {max}");
            return fallback;
        }

        return value;
    }

    public TimeSpan Seconds(string name, double fallback) => TimeSpan.FromSeconds(Double(name, fallback, 0, 86_400));

    public bool OnOff(string name, bool fallback)
    {
        if (!raw.TryGetValue(name, out var text))
        {
            return fallback;
        }

        switch (text)
        {
            case "on" or "true" or "1":
                return true;
            case "off" or "false" or "0":
                return false;
            default:
                errors.Add($"{name} {text}: expected on or off");
                return fallback;
        }
    }
}
