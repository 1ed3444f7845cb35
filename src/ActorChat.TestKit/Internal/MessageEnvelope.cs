namespace ActorChat.TestKit.Internal;

/// <summary>A message the TestActor received, with its sender.</summary>
internal sealed record MessageEnvelope(object Message, ActorChat.Actors.IActorRef Sender);
