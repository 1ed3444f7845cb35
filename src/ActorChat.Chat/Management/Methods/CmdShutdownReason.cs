using ActorChat.Actors.Shutdown;

namespace ActorChat.Chat.Management.Methods;

/// <summary>The node was shut down by an operator (<c>node shutdown</c>).</summary>
public sealed class CmdShutdownReason : ShutdownReason
{
    private CmdShutdownReason()
    {
    }

    public static CmdShutdownReason Instance { get; } = new();
}
