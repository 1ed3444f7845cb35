namespace ActorChat.Actors;

/// <summary>Makes the actor fail with <see cref="ActorKilledException"/> when processed (default decider: Stop).</summary>
public sealed record Kill : IAutoReceivedMessage
{
    private Kill()
    {
    }

    public static Kill Instance { get; } = new();
}
