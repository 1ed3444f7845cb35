using ActorChat.Chat.Management.Logs;
using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Management.Rpc;

/// <summary>Something a method asks its connection to do once the reply is written.</summary>
internal abstract record ConnectionEffect;

/// <summary>Start a stream of notifications named <paramref name="Method"/>; the reply's result is <c>{"subscription": N}</c>.</summary>
internal sealed record StartChatTail(string Method) : ConnectionEffect;

internal sealed record StartLogTail(string Method, LogLevel MinLevel) : ConnectionEffect;

/// <summary>Stop the stream with this subscription id.</summary>
internal sealed record StopStream(long Subscription) : ConnectionEffect;

/// <summary>The token was right: other methods are allowed from now on.</summary>
internal sealed record Authenticated : ConnectionEffect
{
    public static Authenticated Instance { get; } = new();
}

/// <summary>Close the connection after the reply (refused authentication).</summary>
internal sealed record CloseConnection : ConnectionEffect
{
    public static CloseConnection Instance { get; } = new();
}

/// <summary>Run <paramref name="Action"/> once the reply has been written (e.g. start the node's shutdown).</summary>
internal sealed record AfterReply(Action Action) : ConnectionEffect;

/// <summary>Start buffering chat messages for dchat-style <c>recv</c> on this connection.</summary>
internal sealed record EnableRecv : ConnectionEffect
{
    public static EnableRecv Instance { get; } = new();
}
