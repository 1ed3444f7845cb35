namespace ActorChat.Hocon.Model;

/// <summary>A resolved object. Immutable once built; key order is kept only for readable output.</summary>
internal sealed class ConfigObject : ConfigValue
{
    public ConfigObject(Dictionary<string, ConfigValue> fields, SourceLocation? location = null)
        : base(location)
    {
        Fields = fields;
    }

    public static ConfigObject Empty { get; } = new(new Dictionary<string, ConfigValue>(StringComparer.Ordinal));

    public IReadOnlyDictionary<string, ConfigValue> Fields { get; }

    public override HoconType Type => HoconType.Object;

    public bool IsEmpty => Fields.Count == 0;

    /// <summary>The value at <paramref name="path"/> below this object, or null when any step is missing.</summary>
    public ConfigValue? Find(HoconPath path)
    {
        ConfigValue current = this;
        for (var i = 0; i < path.Length; i++)
        {
            if (current is not ConfigObject obj || !obj.Fields.TryGetValue(path[i], out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    /// <summary>
    /// Deep merge: this object wins, objects present on both sides merge recursively, anything else
    /// from <paramref name="fallback"/> is hidden (hocon.md §7).
    /// </summary>
    public ConfigObject WithFallback(ConfigObject fallback)
    {
        if (fallback.IsEmpty)
        {
            return this;
        }

        if (IsEmpty)
        {
            return fallback;
        }

        var merged = new Dictionary<string, ConfigValue>(fallback.Fields.Count + Fields.Count, StringComparer.Ordinal);
        foreach (var (key, value) in fallback.Fields)
        {
            merged[key] = value;
        }

        foreach (var (key, value) in Fields)
        {
            merged[key] = value is ConfigObject mine && merged.TryGetValue(key, out var theirs) && theirs is ConfigObject other
                ? mine.WithFallback(other)
                : value;
        }

        return new ConfigObject(merged, Location ?? fallback.Location);
    }

    public override bool ValueEquals(ConfigValue other)
    {
        if (other is not ConfigObject obj || obj.Fields.Count != Fields.Count)
        {
            return false;
        }

        foreach (var (key, value) in Fields)
        {
            if (!obj.Fields.TryGetValue(key, out var theirs) || !value.ValueEquals(theirs))
            {
                return false;
            }
        }

        return true;
    }
}
