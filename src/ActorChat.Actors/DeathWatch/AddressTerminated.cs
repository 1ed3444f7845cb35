using ActorChat.Actors.Events;

namespace ActorChat.Actors.DeathWatch;

/// <summary>A whole node is gone (published by the remote failure detector); handled by every subscribed cell.</summary>
internal sealed record AddressTerminated(Address Address) : IAutoReceivedMessage, IDeadLetterSuppression, INotInfluenceReceiveTimeout;
