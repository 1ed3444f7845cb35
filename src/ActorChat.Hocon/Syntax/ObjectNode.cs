namespace ActorChat.Hocon.Syntax;

/// <summary>
/// An unresolved object. Each key keeps the ordered list of every value assigned to it (its history),
/// oldest first, because merging, self-references and optional substitutions all look back through it.
/// Merging two objects appends histories; nothing is decided until resolution.
/// </summary>
internal sealed class ObjectNode : Node
{
    public ObjectNode(SourceLocation? location)
        : base(location)
    {
    }

    // Dictionary keeps insertion order while nothing is removed, and nothing ever is.
    public Dictionary<string, List<Node>> Fields { get; } = new(StringComparer.Ordinal);

    public void Add(string key, Node value)
    {
        if (!Fields.TryGetValue(key, out var history))
        {
            history = new List<Node>(1);
            Fields.Add(key, history);
        }

        history.Add(value);
    }

    /// <summary>Adds <c>a.b.c = value</c> as <c>a = { b = { c = value } }</c>, which then merges as usual.</summary>
    public void AddPath(HoconPath path, Node value, SourceLocation? location)
    {
        var node = value;
        for (var i = path.Length - 1; i > 0; i--)
        {
            var wrapper = new ObjectNode(location);
            wrapper.Add(path[i], node);
            node = wrapper;
        }

        Add(path[0], node);
    }

    /// <summary>Appends every field of <paramref name="later"/> after this object's own, as if written below.</summary>
    public void MergeFrom(ObjectNode later)
    {
        foreach (var (key, history) in later.Fields)
        {
            if (Fields.TryGetValue(key, out var mine))
            {
                mine.AddRange(history);
            }
            else
            {
                Fields.Add(key, [.. history]);
            }
        }
    }
}
