using ActorChat.Hocon.Syntax;

namespace ActorChat.Hocon.Parsing;

/// <summary>
/// Finds and parses included files (hocon.md §19). Names are relative to the including file's directory
/// (or, inside an embedded resource, to the including resource), never to the working directory unless the
/// text itself came from a string. A name without extension loads <c>name.json</c> then <c>name.conf</c>.
/// </summary>
internal static class IncludeLoader
{
    /// <summary>Guards against runaway nesting that is not a cycle (e.g. generated include chains).</summary>
    private const int MaxDepth = 50;

    public static ObjectNode? Load(ParseContext context, string name, IncludeKind kind, bool required, SourceLocation at, HoconPath prefix)
    {
        if (context.IncludeChain.Count >= MaxDepth)
        {
            throw new HoconParseException(at, $"includes nested more than {MaxDepth} deep");
        }

        var candidates = Path.HasExtension(name) ? [name] : new[] { name + ".json", name + ".conf" };
        ObjectNode? result = null;
        var looked = new List<string>();
        foreach (var candidate in candidates)
        {
            var source = kind != IncludeKind.File && context.ResourceAssembly is not null
                ? IncludeSource.FromResource(context, candidate)
                : IncludeSource.FromFile(context, candidate, at);
            looked.Add(source.Identity);
            if (source.Text is null)
            {
                continue;
            }

            if (context.IncludeChain.Contains(source.Identity, StringComparer.Ordinal))
            {
                var chain = string.Join(" -> ", context.IncludeChain.Append(source.Identity));
                throw new HoconParseException(at, $"include cycle: {chain}");
            }

            var child = source.Context with
            {
                IncludePrefix = prefix,
                IncludeChain = [.. context.IncludeChain, source.Identity],
            };
            var root = Parser.Parse(source.Text, source.Identity, child);
            if (result is null)
            {
                result = root;
            }
            else
            {
                result.MergeFrom(root);
            }
        }

        if (result is null && required)
        {
            throw new HoconParseException(at, $"required include '{name}' not found (looked for {string.Join(", ", looked)})");
        }

        return result;
    }
}
