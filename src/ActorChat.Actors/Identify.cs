namespace ActorChat.Actors;

/// <summary>Answered by every actor with <see cref="ActorIdentity"/>; never reaches user code.</summary>
public sealed record Identify(object? MessageId) : IAutoReceivedMessage, INotInfluenceReceiveTimeout;
