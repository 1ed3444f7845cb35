using System.Text.Json.Nodes;
using ActorChat.Chat.Management.Palettes;
using ActorChat.Chat.Management.Rendering;
using ActorChat.Chat.Management.Rpc;
using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Management.Methods;

/// <summary><c>log peek [-c N] [-l LEVEL]</c>: the newest N buffered log entries at LEVEL or above, oldest first.</summary>
internal sealed class LogPeekMethod : RpcMethod<LogPeekMethod.Request>
{
    public override string Name => "log.peek";

    public override CommandSpec Command { get; } = new("log", "peek", "log.peek", "recent log entries from the node's memory",
    [
        new ArgumentSpec("count", ["-c", "--count"], "int", "how many entries", Default: "50"),
        new ArgumentSpec("level", ["-l", "--level"], "string", "lowest level shown", Default: "information", Values: JsonRender.LevelNames),
    ]);

    public static LogLevel? ParseLevel(ParamReader reader)
    {
        var text = reader.String("level", maxLength: 32) ?? "information";
        if (JsonRender.ParseLevel(text) is { } level)
        {
            return level;
        }

        reader.Fail<string>("level", "must be one of " + string.Join(", ", JsonRender.LevelNames));
        return null;
    }

    protected override Request? Parse(ParamReader reader)
    {
        var count = reader.Int("count", 50, 1, 100_000);
        return ParseLevel(reader) is { } level ? new Request(count, level) : null;
    }

    protected override Task<RpcOutcome> ExecuteAsync(Request request, RpcCall call, CancellationToken cancellationToken)
    {
        // Filter over the whole ring, then keep the newest Count, so a level filter does not shrink the answer.
        var entries = call.Node.Logs.Recent(call.Node.Logs.Capacity).Where(e => e.Level >= request.Level).TakeLast(request.Count);
        return Task.FromResult(RpcOutcome.Ok(new JsonObject
        {
            ["node"] = call.Node.NodeName,
            ["entries"] = new JsonArray([.. entries.Select(e => (JsonNode)JsonRender.Log(e))]),
        }));
    }

    internal sealed record Request(int Count, LogLevel Level);
}
