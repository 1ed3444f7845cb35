namespace ActorChat.Chat.Connections;

/// <summary>One logged-in user as <c>chat who</c> shows it.</summary>
internal sealed record SessionInfo(string Name, string Remote, DateTimeOffset ConnectedAt, DateTimeOffset LastActive);
