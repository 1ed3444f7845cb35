namespace ActorChat.LoadGen.Clients;

/// <summary>The clients that logged in (in plan order), the time it took, and the first failure if any.</summary>
internal sealed record ConnectOutcome(IReadOnlyList<ChatClient> Clients, TimeSpan Elapsed, string? Failure);
