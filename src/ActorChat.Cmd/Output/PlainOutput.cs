using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ActorChat.Cmd.Output;

/// <summary>
/// <c>-o plain</c> (pbm-like, for pipes): scalars as <c>key: value</c> lines, lists of records one
/// per line with <c> | </c> between fields, actor trees as indented paths.
/// </summary>
internal static class PlainOutput
{
    public static string Render(JsonElement result)
    {
        var text = new StringBuilder();
        if (result.ValueKind != JsonValueKind.Object)
        {
            return Scalar(result) + "\n";
        }

        if (result.TryGetProperty("root", out var root) && root.TryGetProperty("children", out _))
        {
            Tree(text, root, 0);
            return text.ToString();
        }

        foreach (var property in result.EnumerateObject())
        {
            Property(text, property.Name, property.Value);
        }

        return text.ToString();
    }

    public static string Row(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object ? string.Join(" | ", item.EnumerateObject().Select(p => Scalar(p.Value))) : Scalar(item);

    public static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "-",
        JsonValueKind.Array => string.Join(",", value.EnumerateArray().Select(Scalar)),
        JsonValueKind.Object => string.Join(", ", value.EnumerateObject().Select(p => p.Name + "=" + Scalar(p.Value))),
        _ => value.GetRawText(),
    };

    private static void Property(StringBuilder text, string name, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object))
        {
            foreach (var item in value.EnumerateArray())
            {
                text.AppendLine(Row(item));
            }
        }
        else if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var inner in value.EnumerateObject())
            {
                Property(text, name + "." + inner.Name, inner.Value);
            }
        }
        else
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{name}: {Scalar(value)}");
        }
    }

    private static void Tree(StringBuilder text, JsonElement node, int level)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"{new string(' ', level * 2)}{node.GetProperty("path").GetString()} | mailbox {node.GetProperty("mailbox").GetInt32()} | children {node.GetProperty("childCount").GetInt32()}");
        foreach (var child in node.GetProperty("children").EnumerateArray())
        {
            Tree(text, child, level + 1);
        }
    }
}
