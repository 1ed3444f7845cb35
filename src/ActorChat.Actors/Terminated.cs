using ActorChat.Actors.Events;

namespace ActorChat.Actors;

/// <summary>
/// Delivered once per <c>Watch</c> when the watched actor has stopped. <paramref name="ExistenceConfirmed"/>
/// is false when the actor was already dead (or never existed) at watch time; <paramref name="AddressTerminated"/>
/// is true when its whole node was declared gone. Unhandled, it stops the watcher (DeathPactException).
/// </summary>
public sealed record Terminated(IActorRef ActorRef, bool ExistenceConfirmed, bool AddressTerminated)
    : IAutoReceivedMessage, IDeadLetterSuppression;
