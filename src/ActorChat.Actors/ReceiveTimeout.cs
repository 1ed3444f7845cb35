namespace ActorChat.Actors;

/// <summary>Sent to an actor after it has been idle for its configured receive timeout.</summary>
public sealed record ReceiveTimeout
{
    private ReceiveTimeout()
    {
    }

    public static ReceiveTimeout Instance { get; } = new();
}
