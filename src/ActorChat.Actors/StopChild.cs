namespace ActorChat.Actors;

/// <summary>Asks a guardian to stop one of its children (used by <c>ActorSystem.Stop</c>).</summary>
internal sealed record StopChild(IActorRef Child);
