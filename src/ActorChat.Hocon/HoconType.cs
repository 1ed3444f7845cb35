namespace ActorChat.Hocon;

/// <summary>The JSON type of a resolved value.</summary>
public enum HoconType
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
