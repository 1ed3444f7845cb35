namespace ActorChat.Actors;

/// <summary>Reply to <see cref="Identify"/>; <paramref name="Subject"/> is null when nothing lives at the path.</summary>
public sealed record ActorIdentity(object? MessageId, IActorRef? Subject);
