using System.Net.Sockets;

namespace ActorChat.Chat;

/// <summary>
/// The outcome of binding the chat port: the listening socket, or an error naming the address and
/// the config key (an expected failure, e.g. the port is in use).
/// </summary>
public sealed record ChatBinding(Socket? Socket, string? Error)
{
    public bool IsBound => Socket is not null;
}
