namespace ActorChat.PingPong;

/// <summary>The message bounced between a client and its destination. One shared instance: the benchmark measures the runtime, not allocation of messages.</summary>
internal sealed class Ball
{
    public static Ball Instance { get; } = new();

    private Ball()
    {
    }
}
