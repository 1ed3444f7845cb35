using System.Text.Json;
using Spectre.Console;

namespace ActorChat.Cmd.Output;

/// <summary><c>-o table</c> (the default on a terminal): Spectre.Console tables, and a tree for <c>actor hierarchy</c>.</summary>
internal static class TableOutput
{
    public static void Render(IAnsiConsole console, JsonElement result)
    {
        if (result.ValueKind != JsonValueKind.Object)
        {
            console.WriteLine(PlainOutput.Scalar(result));
            return;
        }

        if (result.TryGetProperty("root", out var root) && root.TryGetProperty("children", out _))
        {
            var tree = new Tree(Label(root));
            AddChildren(tree.AddNode, root);
            console.Write(tree);
            return;
        }

        var summary = new Table().Border(TableBorder.Rounded).AddColumn("key").AddColumn("value");
        var lists = new List<(string Name, JsonElement Items)>();
        foreach (var property in result.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array && property.Value.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object))
            {
                lists.Add((property.Name, property.Value));
            }
            else if (property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var inner in property.Value.EnumerateObject())
                {
                    summary.AddRow(Markup.Escape(property.Name + "." + inner.Name), Markup.Escape(PlainOutput.Scalar(inner.Value)));
                }
            }
            else
            {
                summary.AddRow(Markup.Escape(property.Name), Markup.Escape(PlainOutput.Scalar(property.Value)));
            }
        }

        if (summary.Rows.Count > 0)
        {
            console.Write(summary);
        }

        foreach (var (name, items) in lists)
        {
            var columns = items.EnumerateArray().First().EnumerateObject().Select(p => p.Name).ToList();
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(name));
            foreach (var column in columns)
            {
                table.AddColumn(Markup.Escape(column));
            }

            foreach (var item in items.EnumerateArray())
            {
                table.AddRow([.. columns.Select(c => Markup.Escape(item.TryGetProperty(c, out var v) ? PlainOutput.Scalar(v) : "-"))]);
            }

            console.Write(table);
        }
    }

    private static string Label(JsonElement node) =>
        $"[bold]{Markup.Escape(node.GetProperty("name").GetString()!)}[/] [grey]mailbox {node.GetProperty("mailbox").GetInt32()}, children {node.GetProperty("childCount").GetInt32()}[/]";

    private static void AddChildren(Func<string, TreeNode> add, JsonElement node)
    {
        foreach (var child in node.GetProperty("children").EnumerateArray())
        {
            var added = add(Label(child));
            AddChildren(added.AddNode, child);
        }
    }
}
