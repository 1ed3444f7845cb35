using ActorChat.Hocon.Model;
using ActorChat.Hocon.Syntax;

namespace ActorChat.Hocon.Resolution;

internal sealed partial class Resolver
{
    /// <summary>
    /// Folds a history, newest entry first: a non-object wins outright; objects collect and merge until an
    /// older non-object cuts the chain; an undefined entry (missing <c>${?x}</c>) is skipped. Entries hidden
    /// by a newer non-object are never evaluated.
    /// </summary>
    /// <param name="history">Entries oldest first.</param>
    /// <param name="path">The path of the field, when it has one; children then resolve per path.</param>
    private ConfigValue? Fold(List<Node> history, HoconPath? path)
    {
        List<Node>? objects = null;
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var entry = history[i];
            ConfigValue? value;
            switch (entry)
            {
                case ObjectNode or ConfigObject:
                    (objects ??= []).Add(entry);
                    continue;
                case SubstitutionNode or ConcatNode:
                    value = ResolveEntry(entry, path);
                    if (value is null)
                    {
                        continue;
                    }

                    if (value is ConfigObject)
                    {
                        (objects ??= []).Add(value);
                        continue;
                    }

                    break;
                default:
                    value = ResolveDetached(entry);
                    break;
            }

            if (objects is null)
            {
                return value;
            }

            break;
        }

        if (objects is null)
        {
            return null;
        }

        if (objects.Count == 1 && objects[0] is ConfigObject single)
        {
            return single;
        }

        return _pathBased && path is not null ? BuildObject(path, objects) : MergeDetached(objects);
    }

    /// <summary>Merges objects (newest first) whose fields resolve per path, so they can see each other.</summary>
    private ConfigObject BuildObject(HoconPath path, List<Node> objects)
    {
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = objects.Count - 1; i >= 0; i--)
        {
            IEnumerable<string> objectKeys = objects[i] is ObjectNode raw ? raw.Fields.Keys : ((ConfigObject)objects[i]).Fields.Keys;
            foreach (var key in objectKeys)
            {
                if (seen.Add(key))
                {
                    keys.Add(key);
                }
            }
        }

        var fields = new Dictionary<string, ConfigValue>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (ValueAt(path.Append(key), null) is { } value)
            {
                fields[key] = value;
            }
        }

        return new ConfigObject(fields, objects[0].Location);
    }

    /// <summary>Merges objects (newest first) that have no path: inside arrays and concatenations, or when the
    /// tree has no substitutions at all and nothing needs to be looked up.</summary>
    private ConfigObject MergeDetached(List<Node> objects)
    {
        var histories = new Dictionary<string, List<Node>>(StringComparer.Ordinal);
        for (var i = objects.Count - 1; i >= 0; i--)
        {
            if (objects[i] is ObjectNode raw)
            {
                foreach (var (key, entries) in raw.Fields)
                {
                    // Never append to a node's own list: the unresolved tree may be resolved again.
                    histories[key] = histories.TryGetValue(key, out var history) ? [.. history, .. entries] : entries;
                }
            }
            else
            {
                foreach (var (key, value) in ((ConfigObject)objects[i]).Fields)
                {
                    histories[key] = histories.TryGetValue(key, out var history) ? [.. history, value] : [value];
                }
            }
        }

        var fields = new Dictionary<string, ConfigValue>(histories.Count, StringComparer.Ordinal);
        foreach (var (key, history) in histories)
        {
            if (Fold(history, null) is { } value)
            {
                fields[key] = value;
            }
        }

        return new ConfigObject(fields, objects[0].Location);
    }

    /// <summary>Resolves a node that is not a history entry: an array element or a concatenation part.</summary>
    private ConfigValue? ResolveDetached(Node node) => node switch
    {
        ConfigValue value => value,
        ArrayNode array => ResolveArray(array),
        ObjectNode obj => Fold([obj], null),
        SubstitutionNode substitution => ResolveSubstitution(substitution),
        ConcatNode concat => ResolveConcat(concat, null),
        _ => throw new InvalidOperationException($"unexpected node {node.GetType().Name}"),
    };

    private ConfigList ResolveArray(ArrayNode array)
    {
        var items = new List<ConfigValue>(array.Elements.Count);
        foreach (var element in array.Elements)
        {
            // A missing ${?x} element adds nothing (hocon.md §14).
            if (ResolveDetached(element) is { } value)
            {
                items.Add(value);
            }
        }

        return new ConfigList(items, array.Location);
    }
}
