namespace ActorChat.Remote;

/// <summary>What <see cref="Remoting.Start"/> takes besides the system's config.</summary>
public sealed record RemoteSetup
{
    /// <summary>Application message types carried as JSON.</summary>
    public RemoteMessageTypes MessageTypes { get; init; } = new();
}
