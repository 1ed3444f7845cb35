namespace ActorChat.Actors.Shutdown;

/// <summary>The process is exiting: a signal (SIGTERM, SIGINT, SIGQUIT), process exit, or the host stopping.</summary>
public sealed class ClrExitReason : ShutdownReason
{
    private ClrExitReason()
    {
    }

    public static ClrExitReason Instance { get; } = new();
}
