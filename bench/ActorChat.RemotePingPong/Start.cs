namespace ActorChat.RemotePingPong;

/// <summary>Tells a client to put its first batch of messages in flight.</summary>
internal sealed class Start
{
    public static Start Instance { get; } = new();

    private Start()
    {
    }
}
