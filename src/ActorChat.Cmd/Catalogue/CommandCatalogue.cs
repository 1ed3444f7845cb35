using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ActorChat.Cmd.Catalogue;

/// <summary>
/// The palettes the node serves (its <c>palettes</c> reply, downloaded at connect as pbm does): the
/// client knows no command of its own, so a node's new commands work without a client update.
/// </summary>
internal sealed class CommandCatalogue(string node, IReadOnlyList<CommandInfo> commands)
{
    public string Node => node;

    public IReadOnlyList<CommandInfo> Commands => commands;

    public IEnumerable<string> Palettes => commands.Select(c => c.Palette).Distinct(StringComparer.Ordinal);

    public static CommandCatalogue Parse(JsonElement result)
    {
        var commands = new List<CommandInfo>();
        foreach (var palette in result.GetProperty("palettes").EnumerateArray())
        {
            var paletteName = palette.GetProperty("name").GetString()!;
            foreach (var command in palette.GetProperty("commands").EnumerateArray())
            {
                var arguments = command.GetProperty("arguments").EnumerateArray().Select(a => new ArgumentInfo(
                    a.GetProperty("name").GetString()!,
                    [.. a.GetProperty("switches").EnumerateArray().Select(s => s.GetString()!)],
                    a.GetProperty("type").GetString()!,
                    a.GetProperty("description").GetString() ?? string.Empty,
                    a.GetProperty("mandatory").GetBoolean(),
                    a.TryGetProperty("default", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null,
                    [.. a.GetProperty("values").EnumerateArray().Select(v => v.GetString()!)])).ToList();
                commands.Add(new CommandInfo(
                    paletteName,
                    command.GetProperty("name").GetString()!,
                    command.GetProperty("method").GetString()!,
                    command.GetProperty("description").GetString() ?? string.Empty,
                    command.GetProperty("streaming").GetBoolean(),
                    command.GetProperty("confirm").GetBoolean(),
                    arguments));
            }
        }

        return new CommandCatalogue(result.TryGetProperty("node", out var n) ? n.GetString() ?? "?" : "?", commands);
    }

    public CommandInfo? Find(string palette, string name) =>
        commands.FirstOrDefault(c => c.Palette == palette && c.Name == name);

    /// <summary>Binds <c>-s value</c> pairs to the method's params; an unknown switch or a bad value is an error naming it.</summary>
    public static (Dictionary<string, object?>? Params, string? Error) Bind(CommandInfo command, IReadOnlyList<string> args)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var argument = command.Arguments.FirstOrDefault(a => a.Switches.Contains(args[i], StringComparer.Ordinal));
            if (argument is null)
            {
                return (null, $"unknown argument \"{args[i]}\" for {command.FullName} (see: help {command.FullName})");
            }

            if (i + 1 >= args.Count)
            {
                return (null, $"{args[i]} needs a value");
            }

            var value = args[++i];
            switch (argument.Type)
            {
                case "int":
                    if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                    {
                        return (null, $"{args[i - 1]} expects an integer, got \"{value}\"");
                    }

                    parameters[argument.Name] = number;
                    break;
                case "list":
                    var items = parameters.TryGetValue(argument.Name, out var existing) ? (List<string>)existing! : [];
                    items.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    parameters[argument.Name] = items;
                    break;
                default:
                    parameters[argument.Name] = value;
                    break;
            }
        }

        var missing = command.Arguments.FirstOrDefault(a => a.Mandatory && !parameters.ContainsKey(a.Name));
        return missing is null ? (parameters, null) : (null, $"{command.FullName} needs {missing.Switches[0]} ({missing.Description})");
    }

    public string Help(string? palette = null, string? name = null)
    {
        var text = new StringBuilder();
        if (palette is not null && name is not null && Find(palette, name) is { } command)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{command.FullName}: {command.Description}{(command.Confirm ? " (asks for confirmation; --yes skips)" : string.Empty)}");
            foreach (var argument in command.Arguments)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {string.Join(", ", argument.Switches),-16} {argument.Description}{(argument.Mandatory ? " (required)" : string.Empty)}{(argument.Default is { } d ? $" (default {d})" : string.Empty)}");
            }

            return text.ToString();
        }

        foreach (var command2 in commands.Where(c => palette is null || c.Palette == palette))
        {
            var switches = string.Join(' ', command2.Arguments.Select(a => a.Mandatory ? $"{a.Switches[0]} {a.Name.ToUpperInvariant()}" : $"[{a.Switches[0]} {a.Name.ToUpperInvariant()}]"));
            text.AppendLine(CultureInfo.InvariantCulture, $"  {(command2.FullName + " " + switches).TrimEnd(),-40} {command2.Description}");
        }

        return text.ToString();
    }
}
