using ActorChat.Hocon.Model;

namespace ActorChat.Hocon;

/// <summary>Typed getters. Without a default, a missing or null path throws <see cref="ConfigMissingException"/>.</summary>
public sealed partial class Config
{
    /// <summary>True when the path has a value that is not <c>null</c>.</summary>
    public bool HasPath(string path) => Lookup(path) is { Type: not HoconType.Null };

    /// <summary>A string; numbers and booleans come back as written.</summary>
    public string GetString(string path) => ValueReader.ReadString(Require(path, "string"), Display(path));

    /// <summary>A string, or <paramref name="default"/> when the path is missing or null.</summary>
    public string? GetString(string path, string? @default) =>
        Find(path) is { } v ? ValueReader.ReadString(v, Display(path)) : @default;

    public int GetInt(string path) => ValueReader.ReadInt(Require(path, "int"), Display(path));

    public int GetInt(string path, int @default) => Find(path) is { } v ? ValueReader.ReadInt(v, Display(path)) : @default;

    public long GetLong(string path) => ValueReader.ReadLong(Require(path, "long"), Display(path));

    public long GetLong(string path, long @default) => Find(path) is { } v ? ValueReader.ReadLong(v, Display(path)) : @default;

    public double GetDouble(string path) => ValueReader.ReadDouble(Require(path, "double"), Display(path));

    public double GetDouble(string path, double @default) => Find(path) is { } v ? ValueReader.ReadDouble(v, Display(path)) : @default;

    /// <summary>true/false, yes/no or on/off (any case).</summary>
    public bool GetBoolean(string path) => ValueReader.ReadBoolean(Require(path, "boolean"), Display(path));

    public bool GetBoolean(string path, bool @default) => Find(path) is { } v ? ValueReader.ReadBoolean(v, Display(path)) : @default;

    /// <summary>
    /// A duration: a bare number is milliseconds, units ns/us/ms/s/m/h/d and their long names;
    /// "infinite" gives <see cref="Timeout.InfiniteTimeSpan"/> when <paramref name="allowInfinite"/>.
    /// </summary>
    public TimeSpan GetTimeSpan(string path, bool allowInfinite = true) =>
        ValueReader.ReadTimeSpan(Require(path, "duration"), Display(path), allowInfinite);

    public TimeSpan GetTimeSpan(string path, TimeSpan @default, bool allowInfinite = true) =>
        Find(path) is { } v ? ValueReader.ReadTimeSpan(v, Display(path), allowInfinite) : @default;

    /// <summary>null for off/false/no (any case), otherwise <see cref="GetTimeSpan(string, bool)"/>.</summary>
    public TimeSpan? GetTimeSpanWithOffSwitch(string path) =>
        ValueReader.ReadTimeSpanWithOffSwitch(Require(path, "duration or off"), Display(path));

    /// <summary>Bytes: a bare number, or a size such as 512K, 10MB, 1MiB (single letters are powers of two).</summary>
    public long GetByteSize(string path) => ValueReader.ReadByteSize(Require(path, "byte size"), Display(path));

    public long? GetByteSize(string path, long? @default) =>
        Find(path) is { } v ? ValueReader.ReadByteSize(v, Display(path)) : @default;

    /// <summary>The elements as strings. A missing or null path gives an empty list, as in Akka.NET.</summary>
    public IReadOnlyList<string> GetStringList(string path)
    {
        if (Find(path) is not { } value)
        {
            return [];
        }

        var display = Display(path);
        var items = ValueReader.ReadList(value, display);
        var result = new string[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = ValueReader.ReadString(items[i], $"{display}[{i}]");
        }

        return result;
    }

    /// <summary>The elements as ints. A missing or null path gives an empty list.</summary>
    public IReadOnlyList<int> GetIntList(string path)
    {
        if (Find(path) is not { } value)
        {
            return [];
        }

        var display = Display(path);
        var items = ValueReader.ReadList(value, display);
        var result = new int[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = ValueReader.ReadInt(items[i], $"{display}[{i}]");
        }

        return result;
    }

    /// <summary>
    /// The object at <paramref name="path"/> as a config, including what fallbacks contributed to it.
    /// Missing or null gives <see cref="Empty"/>; an empty path gives this config.
    /// </summary>
    public Config GetConfig(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return this;
        }

        var parsed = HoconPath.Parse(path);
        return Root.Find(parsed) switch
        {
            null or { Type: HoconType.Null } => Empty,
            ConfigObject obj => new Config(obj, _origin.Concat(parsed)),
            var other => throw ValueReader.WrongType(other, Display(path), "object"),
        };
    }

    /// <summary>The value at the path as a <see cref="HoconValue"/>, or null when missing or null.</summary>
    public HoconValue? GetValue(string path)
    {
        var parsed = HoconPath.Parse(path);
        return Root.Find(parsed) is { Type: not HoconType.Null } v ? new HoconValue(v, Display(path), _origin.Concat(parsed)) : null;
    }

    /// <summary>
    /// Where the value at <paramref name="path"/> was written, after fallbacks: the layer that won.
    /// Null when the path is missing or null, or the value has no source (built in code, or computed
    /// by resolution).
    /// </summary>
    public ConfigOrigin? GetOrigin(string path) => Find(path) is { } v ? ConfigOrigin.From(v.Location) : null;

    private ConfigValue? Lookup(string path) => Root.Find(HoconPath.Parse(path));

    private ConfigValue? Find(string path) => Lookup(path) is { Type: not HoconType.Null } v ? v : null;

    private ConfigValue Require(string path, string expected) => Lookup(path) switch
    {
        null => throw new ConfigMissingException(Display(path), expected, isNull: false),
        { Type: HoconType.Null } => throw new ConfigMissingException(Display(path), expected, isNull: true),
        var v => v,
    };

    /// <summary>The full path for messages: sub-configs from GetConfig remember where they came from.</summary>
    private string Display(string path) => _origin.IsRoot ? path : $"{_origin}.{path}";
}
