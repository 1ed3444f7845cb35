using ActorChat.Actors.Events;

namespace ActorChat.Actors;

/// <summary>Stops the actor when processed: an ordinary, ordered message (unlike Context.Stop).</summary>
public sealed record PoisonPill : IAutoReceivedMessage, IDeadLetterSuppression
{
    private PoisonPill()
    {
    }

    public static PoisonPill Instance { get; } = new();
}
