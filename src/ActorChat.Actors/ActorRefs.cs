using ActorChat.Actors.Refs;

namespace ActorChat.Actors;

/// <summary>Well-known special references.</summary>
public static class ActorRefs
{
    /// <summary>A ref that drops everything; used where a ref is required but none exists.</summary>
    public static IActorRef Nobody => Refs.Nobody.Instance;

    /// <summary>"No sender": literally null, normalized to DeadLetters by the receiver.</summary>
    public static readonly IActorRef? NoSender;
}
