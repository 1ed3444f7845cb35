using System.Net.Sockets;

namespace ActorChat.Chat.Listener;

/// <summary>From the accept loop: a new client socket, now owned by the listener.</summary>
internal sealed record Accepted(Socket Socket);

/// <summary>Shutdown step 1: stop accepting and release the port. Reply: <see cref="Unbound"/>.</summary>
internal sealed record Unbind
{
    public static Unbind Instance { get; } = new();
}

internal sealed record Unbound
{
    public static Unbound Instance { get; } = new();
}

/// <summary>Reply: <see cref="Connections"/>, the live connection actors.</summary>
internal sealed record GetConnections
{
    public static GetConnections Instance { get; } = new();
}

internal sealed record Connections(IReadOnlyList<IActorRef> Refs);

/// <summary>
/// Shutdown: send <paramref name="Message"/> to every connection and reply <paramref name="Done"/>
/// once each has answered or stopped (the listener watches them, so a connection that dies meanwhile
/// cannot stall the round).
/// </summary>
internal sealed record AskAllConnections(object Message, Type ReplyType, object Done);

internal sealed record AllStopped
{
    public static AllStopped Instance { get; } = new();
}

internal sealed record AllClosed
{
    public static AllClosed Instance { get; } = new();
}
