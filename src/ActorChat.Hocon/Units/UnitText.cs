using System.Globalization;

namespace ActorChat.Hocon.Units;

/// <summary>
/// The shared grammar of durations and byte sizes (hocon.md §13, §21): optional whitespace, a decimal
/// number, optional whitespace, optional unit letters, optional whitespace.
/// </summary>
internal static class UnitText
{
    public static bool TrySplit(string text, out decimal number, out string unit)
    {
        number = 0;
        unit = "";
        var s = text.AsSpan().Trim();
        var i = 0;
        if (i < s.Length && s[i] == '-')
        {
            i++;
        }

        var digitsStart = i;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
        {
            i++;
        }

        if (i == digitsStart
            || !decimal.TryParse(s[..i], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
        {
            return false;
        }

        var rest = s[i..].TrimStart();
        foreach (var c in rest)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        unit = rest.ToString();
        return true;
    }
}
