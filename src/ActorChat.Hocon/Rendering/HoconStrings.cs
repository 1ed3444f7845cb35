using System.Globalization;
using System.Text;

namespace ActorChat.Hocon.Rendering;

/// <summary>Quoting shared by the JSON and HOCON writers. HOCON's quoted strings follow JSON's rules.</summary>
internal static class HoconStrings
{
    public static void AppendQuoted(StringBuilder sb, string value)
    {
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsSurrogate(c))
            {
                // A valid pair is copied; a lone surrogate is escaped so the output stays encodable as UTF-8.
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    sb.Append(c).Append(value[++i]);
                }
                else
                {
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }

                continue;
            }

            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case < ' ' or '\u2028' or '\u2029':
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: sb.Append(c); break;
            }
        }

        sb.Append('"');
    }

    /// <summary>A key as one path element: bare when that reads back identically, quoted otherwise.</summary>
    public static void AppendKey(StringBuilder sb, string key)
    {
        if (IsSafeBareKey(key))
        {
            sb.Append(key);
        }
        else
        {
            AppendQuoted(sb, key);
        }
    }

    private static bool IsSafeBareKey(string key)
    {
        if (key.Length == 0 || !(char.IsAsciiLetter(key[0]) || key[0] == '_') || key is "include" or "true" or "false" or "null")
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
