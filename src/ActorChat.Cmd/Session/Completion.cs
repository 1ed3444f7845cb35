using ActorChat.Cmd.Catalogue;

namespace ActorChat.Cmd.Session;

/// <summary>Tab completion from the downloaded catalogue: palettes, then commands, then switches and their values.</summary>
internal static class Completion
{
    public static IReadOnlyList<string> Candidates(CommandCatalogue catalogue, string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var partial = line.EndsWith(' ') || line.Length == 0 ? string.Empty : words[^1];
        if (partial.Length > 0)
        {
            words.RemoveAt(words.Count - 1);
        }

        IEnumerable<string> options = words.Count switch
        {
            0 => [.. catalogue.Palettes, "help", "exit"],
            1 => catalogue.Commands.Where(c => c.Palette == words[0]).Select(c => c.Name),
            _ => Arguments(catalogue, words),
        };
        return [.. options.Where(o => o.StartsWith(partial, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Arguments(CommandCatalogue catalogue, List<string> words)
    {
        if (catalogue.Find(words[0], words[1]) is not { } command)
        {
            return [];
        }

        var previous = command.Arguments.FirstOrDefault(a => a.Switches.Contains(words[^1], StringComparer.Ordinal));
        return previous is not null && words.Count > 2
            ? previous.Values
            : command.Arguments.Where(a => !a.Switches.Any(words.Contains)).Select(a => a.Switches[0]);
    }
}
