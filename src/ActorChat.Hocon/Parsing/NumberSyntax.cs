using System.Globalization;

namespace ActorChat.Hocon.Parsing;

/// <summary>
/// The JSON number grammar (hocon.md §10): optional '-', no '+', no leading zeros, optional fraction and
/// exponent. No hex, octal, NaN or Infinity.
/// </summary>
internal static class NumberSyntax
{
    /// <summary>
    /// True when an unquoted token is a number. An integer that overflows 64 bits is not: like lightbend,
    /// it stays a string rather than silently losing digits.
    /// </summary>
    public static bool IsNumber(string text)
    {
        if (!IsJsonNumber(text, out var isInteger))
        {
            return false;
        }

        return !isInteger || long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
    }

    public static bool IsJsonNumber(ReadOnlySpan<char> s, out bool isInteger)
    {
        isInteger = true;
        var i = 0;
        if (i < s.Length && s[i] == '-')
        {
            i++;
        }

        if (i >= s.Length || !char.IsAsciiDigit(s[i]))
        {
            return false;
        }

        if (s[i] == '0')
        {
            i++;
        }
        else
        {
            i = SkipDigits(s, i);
        }

        if (i < s.Length && s[i] == '.')
        {
            isInteger = false;
            var start = ++i;
            i = SkipDigits(s, i);
            if (i == start)
            {
                return false;
            }
        }

        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            isInteger = false;
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-'))
            {
                i++;
            }

            var start = i;
            i = SkipDigits(s, i);
            if (i == start)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    private static int SkipDigits(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i;
    }
}
