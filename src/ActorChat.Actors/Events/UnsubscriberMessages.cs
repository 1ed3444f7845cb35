namespace ActorChat.Actors.Events;

// The EventStream → EventStreamUnsubscriber protocol. Suppressed as dead letters: once /system has
// stopped at shutdown, late (un)subscriptions reach a dead unsubscriber, which is harmless.

/// <summary>Watch <paramref name="Subscriber"/>: it has at least one subscription now.</summary>
internal sealed record RegisterSubscriber(IActorRef Subscriber) : IDeadLetterSuppression;

/// <summary>Stop watching <paramref name="Subscriber"/>: it has no subscription left.</summary>
internal sealed record UnregisterSubscriber(IActorRef Subscriber) : IDeadLetterSuppression;
