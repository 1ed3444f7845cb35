namespace ActorChat.Hocon.Model;

/// <summary>
/// A string, number, boolean or null. <see cref="Text"/> is the string value, or for numbers the exact
/// source text (hocon.md §10: concatenation and rendering reuse it as written).
/// </summary>
internal sealed class ConfigScalar : ConfigValue
{
    private ConfigScalar(HoconType type, string text, SourceLocation? location)
        : base(location)
    {
        Type = type;
        Text = text;
    }

    public static ConfigScalar Null { get; } = new(HoconType.Null, "null", null);

    public override HoconType Type { get; }

    public string Text { get; }

    public static ConfigScalar String(string text, SourceLocation? location = null) => new(HoconType.String, text, location);

    public static ConfigScalar Number(string text, SourceLocation? location = null) => new(HoconType.Number, text, location);

    public static ConfigScalar Boolean(bool value, SourceLocation? location = null) =>
        new(HoconType.Boolean, value ? "true" : "false", location);

    public static ConfigScalar NullAt(SourceLocation? location) => location is null ? Null : new(HoconType.Null, "null", location);

    public override bool ValueEquals(ConfigValue other) =>
        other is ConfigScalar s && s.Type == Type && string.Equals(s.Text, Text, StringComparison.Ordinal);

    public override string ToString() => Text;
}
