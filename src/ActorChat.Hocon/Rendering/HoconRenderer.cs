using System.Text;
using ActorChat.Hocon.Model;

namespace ActorChat.Hocon.Rendering;

/// <summary>
/// Writes a resolved tree back as HOCON that parses to the same tree: the root without braces, one field
/// per line, every string quoted (so "42" stays a string and nothing reads as a substitution or comment),
/// numbers as their source text, keys bare only when that is unambiguous.
/// </summary>
internal static class HoconRenderer
{
    public static string Render(ConfigObject root)
    {
        var sb = new StringBuilder();
        foreach (var (key, value) in root.Fields)
        {
            WriteField(sb, key, value, 0);
        }

        return sb.ToString();
    }

    private static void WriteField(StringBuilder sb, string key, ConfigValue value, int depth)
    {
        sb.Append(' ', depth * 2);
        HoconStrings.AppendKey(sb, key);
        sb.Append(value is ConfigObject ? " " : " = ");
        WriteValue(sb, value, depth);
        sb.Append('\n');
    }

    private static void WriteValue(StringBuilder sb, ConfigValue value, int depth)
    {
        switch (value)
        {
            case ConfigObject { IsEmpty: true }:
                sb.Append("{}");
                break;
            case ConfigObject obj:
                sb.Append("{\n");
                foreach (var (key, child) in obj.Fields)
                {
                    WriteField(sb, key, child, depth + 1);
                }

                sb.Append(' ', depth * 2).Append('}');
                break;
            case ConfigList { Items.Count: 0 }:
                sb.Append("[]");
                break;
            case ConfigList list:
                sb.Append("[\n");
                for (var i = 0; i < list.Items.Count; i++)
                {
                    sb.Append(' ', (depth + 1) * 2);
                    WriteValue(sb, list.Items[i], depth + 1);
                    sb.Append(i < list.Items.Count - 1 ? ",\n" : "\n");
                }

                sb.Append(' ', depth * 2).Append(']');
                break;
            case ConfigScalar { Type: HoconType.String } s:
                HoconStrings.AppendQuoted(sb, s.Text);
                break;
            case ConfigScalar s:
                sb.Append(s.Text);
                break;
        }
    }
}
