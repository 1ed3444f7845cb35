using System.Text.Json;
using ActorChat.Chat.Broker;
using ActorChat.Chat.Management.Logs;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Hosting;

/// <summary>A method finished: write its reply (unless the request was a notification), then apply its effect.</summary>
internal sealed record CallCompleted(JsonElement? Id, bool Notification, RpcOutcome Outcome);

/// <summary>A log entry for one of this connection's log.tail streams.</summary>
internal sealed record LogTailEntry(long Subscription, LogEntry Entry);

/// <summary>A socket write finished (<paramref name="Error"/> set when it failed).</summary>
internal sealed record CmdWriteDone(Exception? Error);

/// <summary>Shutdown (service-unbind): stop accepting. Reply: <see cref="CmdUnbound"/>.</summary>
internal sealed record CmdUnbind
{
    public static CmdUnbind Instance { get; } = new();
}

internal sealed record CmdUnbound
{
    public static CmdUnbound Instance { get; } = new();
}

/// <summary>Shutdown (service-stop): close every CLI connection. Reply: <see cref="CmdAllClosed"/> once all stopped.</summary>
internal sealed record CmdCloseAll
{
    public static CmdCloseAll Instance { get; } = new();
}

internal sealed record CmdAllClosed
{
    public static CmdAllClosed Instance { get; } = new();
}

