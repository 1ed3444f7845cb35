using ActorChat.Hocon.Model;
using ActorChat.Hocon.Rendering;

namespace ActorChat.Hocon;

/// <summary>
/// One resolved value, as handed out by <see cref="Config.AsEnumerable"/> (e.g. a table of serializers).
/// The typed reads follow the same rules and errors as <see cref="Config"/>'s getters.
/// </summary>
public sealed class HoconValue
{
    private readonly ConfigValue _value;
    private readonly HoconPath? _origin;

    internal HoconValue(ConfigValue value, string path, HoconPath? origin = null)
    {
        _value = value;
        Path = path;
        _origin = origin;
    }

    /// <summary>The full path of the value, used in error messages.</summary>
    public string Path { get; }

    public HoconType Type => _value.Type;

    /// <summary>Where the value was written; null for a value built in code or computed by resolution.</summary>
    public ConfigOrigin? Origin => ConfigOrigin.From(_value.Location);

    public bool IsObject => _value.Type == HoconType.Object;

    public bool IsArray => _value.Type == HoconType.Array;

    public bool IsNull => _value.Type == HoconType.Null;

    public string GetString() => ValueReader.ReadString(_value, Path);

    public int GetInt() => ValueReader.ReadInt(_value, Path);

    public long GetLong() => ValueReader.ReadLong(_value, Path);

    public double GetDouble() => ValueReader.ReadDouble(_value, Path);

    public bool GetBoolean() => ValueReader.ReadBoolean(_value, Path);

    public TimeSpan GetTimeSpan(bool allowInfinite = true) => ValueReader.ReadTimeSpan(_value, Path, allowInfinite);

    public long GetByteSize() => ValueReader.ReadByteSize(_value, Path);

    /// <summary>The elements of a list (or numerically keyed object).</summary>
    public IReadOnlyList<HoconValue> GetArray()
    {
        var items = ValueReader.ReadList(_value, Path);
        var result = new HoconValue[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new HoconValue(items[i], $"{Path}[{i}]");
        }

        return result;
    }

    public IReadOnlyList<string> GetStringList() => [.. GetArray().Select(v => v.GetString())];

    /// <summary>An object value as a config.</summary>
    public Config ToConfig() =>
        _value is ConfigObject obj ? new Config(obj, _origin) : throw ValueReader.WrongType(_value, Path, "object");

    /// <summary>Strings as their text; anything else as JSON.</summary>
    public override string ToString() =>
        _value is ConfigScalar scalar ? scalar.Text : JsonRenderer.Render(_value, indented: false);
}
