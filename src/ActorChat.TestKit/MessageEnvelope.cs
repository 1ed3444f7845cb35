using ActorChat.Actors;

namespace ActorChat.TestKit;

/// <summary>A message the TestActor (or a probe) received, with its sender.</summary>
public sealed record MessageEnvelope(object Message, IActorRef Sender);
