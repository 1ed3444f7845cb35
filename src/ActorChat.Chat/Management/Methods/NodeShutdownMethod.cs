using System.Text.Json.Nodes;
using ActorChat.Chat.Management.Palettes;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Methods;

/// <summary>
/// <c>node shutdown</c>: runs CoordinatedShutdown, the same path as SIGTERM (clients drained, then
/// exit). The reply is written first, then the shutdown starts, so the caller always hears back.
/// </summary>
internal sealed class NodeShutdownMethod : RpcMethod<NoParams>
{
    public override string Name => "node.shutdown";

    public override bool Audited => true;

    public override CommandSpec Command { get; } = new("node", "shutdown", "node.shutdown", "shut the node down gracefully (CoordinatedShutdown)", [], Confirm: true);

    protected override NoParams? Parse(ParamReader reader) => NoParams.Instance;

    protected override Task<RpcOutcome> ExecuteAsync(NoParams request, RpcCall call, CancellationToken cancellationToken)
    {
        return Task.FromResult(RpcOutcome.Ok(
            new JsonObject { ["node"] = call.Node.NodeName, ["shuttingDown"] = true },
            new AfterReply(call.Node.RequestShutdown)));
    }
}
