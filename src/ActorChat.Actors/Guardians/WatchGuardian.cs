namespace ActorChat.Actors.Guardians;

/// <summary>Tells the root guardian which guardian's death ends the system.</summary>
internal sealed record WatchGuardian(IActorRef Guardian);
