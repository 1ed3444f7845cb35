using System.Globalization;

namespace ActorChat.Hocon.Parsing;

/// <summary>Character classes of the HOCON grammar (hocon.md §5 and §9).</summary>
internal static class HoconChars
{
    /// <summary>
    /// HOCON whitespace. Not <see cref="char.IsWhiteSpace(char)"/>: that misses U+001C..U+001F and the
    /// BOM, and includes U+0085, which the spec does not list.
    /// </summary>
    public static bool IsWhitespace(char c)
    {
        switch (c)
        {
            case '\t' or '\n' or '\v' or '\f' or '\r' or ' ':
            case >= '\u001C' and <= '\u001F':
            case '\uFEFF':
                return true;
            case < '\u0080':
                return false;
            default:
                var category = char.GetUnicodeCategory(c);
                return category is UnicodeCategory.SpaceSeparator
                    or UnicodeCategory.LineSeparator
                    or UnicodeCategory.ParagraphSeparator;
        }
    }

    /// <summary>Characters that end an unquoted string (besides whitespace and the start of "//").</summary>
    public static bool IsForbiddenInUnquoted(char c) => c switch
    {
        '$' or '"' or '{' or '}' or '[' or ']' or ':' or '=' or ',' or '+' or '#' or '`' or '^' or '?' or '!'
            or '@' or '*' or '&' or '\\' => true,
        _ => false,
    };
}
