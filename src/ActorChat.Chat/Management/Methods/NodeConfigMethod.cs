using System.Text.Json.Nodes;
using ActorChat.Chat.Management.Palettes;
using ActorChat.Chat.Management.Rendering;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Methods;

/// <summary><c>node config [-p PATH]</c>: the effective config (or one subtree), secrets masked.</summary>
internal sealed class NodeConfigMethod : RpcMethod<NodeConfigMethod.Request>
{
    public override string Name => "node.config";

    public override CommandSpec Command { get; } = new("node", "config", "node.config", "the effective config (secrets masked)",
        [new ArgumentSpec("path", ["-p", "--path"], "string", "only this dotted path, e.g. actorchat.chat", Values: ["actorchat", "actorchat.chat", "actorchat.cmd", "actorchat.node"])]);

    protected override Request? Parse(ParamReader reader)
    {
        var path = reader.String("path", maxLength: 512) ?? string.Empty;
        return path.Split('.').Any(s => s.Length == 0) && path.Length > 0 ? reader.Fail<Request>("path", "must be a dotted path like actorchat.chat") : new Request(path);
    }

    protected override Task<RpcOutcome> ExecuteAsync(Request request, RpcCall call, CancellationToken cancellationToken)
    {
        var config = ConfigJson.Masked(call.Node.Config, request.Path);
        return Task.FromResult(config is null
            ? RpcOutcome.Fail(RpcError.Failed($"no such config path: {request.Path}"))
            : RpcOutcome.Ok(new JsonObject { ["path"] = request.Path, ["config"] = config }));
    }

    internal sealed record Request(string Path);
}
