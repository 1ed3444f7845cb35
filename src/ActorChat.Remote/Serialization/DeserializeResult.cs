namespace ActorChat.Remote.Serialization;

/// <summary>A deserialized message, or why there is none (an expected failure: the message is dropped).</summary>
internal readonly record struct DeserializeResult(object? Message, string? Error)
{
    public static DeserializeResult Ok(object message) => new(message, null);

    public static DeserializeResult Fail(string error) => new(null, error);
}
