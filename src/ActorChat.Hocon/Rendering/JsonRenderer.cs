using System.Text;
using ActorChat.Hocon.Model;

namespace ActorChat.Hocon.Rendering;

/// <summary>Writes a resolved tree as JSON. Numbers keep their source text, which is valid JSON by grammar.</summary>
internal static class JsonRenderer
{
    public static string Render(ConfigValue value, bool indented)
    {
        var sb = new StringBuilder();
        Write(sb, value, indented, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, ConfigValue value, bool indented, int depth)
    {
        switch (value)
        {
            case ConfigObject obj:
                WriteObject(sb, obj, indented, depth);
                break;
            case ConfigList list:
                WriteList(sb, list, indented, depth);
                break;
            case ConfigScalar { Type: HoconType.String } s:
                HoconStrings.AppendQuoted(sb, s.Text);
                break;
            case ConfigScalar s:
                sb.Append(s.Text);
                break;
        }
    }

    private static void WriteObject(StringBuilder sb, ConfigObject obj, bool indented, int depth)
    {
        if (obj.IsEmpty)
        {
            sb.Append("{}");
            return;
        }

        sb.Append('{');
        var first = true;
        foreach (var (key, value) in obj.Fields)
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            NewLine(sb, indented, depth + 1);
            HoconStrings.AppendQuoted(sb, key);
            sb.Append(indented ? ": " : ":");
            Write(sb, value, indented, depth + 1);
        }

        NewLine(sb, indented, depth);
        sb.Append('}');
    }

    private static void WriteList(StringBuilder sb, ConfigList list, bool indented, int depth)
    {
        if (list.Items.Count == 0)
        {
            sb.Append("[]");
            return;
        }

        sb.Append('[');
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            NewLine(sb, indented, depth + 1);
            Write(sb, list.Items[i], indented, depth + 1);
        }

        NewLine(sb, indented, depth);
        sb.Append(']');
    }

    private static void NewLine(StringBuilder sb, bool indented, int depth)
    {
        if (indented)
        {
            sb.Append('\n').Append(' ', depth * 2);
        }
    }
}
