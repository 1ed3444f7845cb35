using ActorChat.Chat.Management.Palettes;
using ActorChat.Chat.Management.Rendering;
using ActorChat.Chat.Management.Rpc;
using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Management.Methods;

/// <summary><c>log tail [-l LEVEL]</c>: a stream of <c>log.tail</c> notifications, one per new log entry, until cancelled.</summary>
internal sealed class LogTailMethod : RpcMethod<LogTailMethod.Request>
{
    public override string Name => "log.tail";

    public override CommandSpec Command { get; } = new("log", "tail", "log.tail", "live stream of log entries (Ctrl+C to stop)",
        [new ArgumentSpec("level", ["-l", "--level"], "string", "lowest level shown", Default: "information", Values: JsonRender.LevelNames)], Streaming: true);

    protected override Request? Parse(ParamReader reader) => LogPeekMethod.ParseLevel(reader) is { } level ? new Request(level) : null;

    protected override Task<RpcOutcome> ExecuteAsync(Request request, RpcCall call, CancellationToken cancellationToken) =>
        Task.FromResult(RpcOutcome.Ok(null, new StartLogTail(Name, request.Level)));

    internal sealed record Request(LogLevel Level);
}
