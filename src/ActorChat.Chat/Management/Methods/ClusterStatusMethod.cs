using System.Text.Json.Nodes;
using ActorChat.Chat.Management.Palettes;
using ActorChat.Chat.Management.Rendering;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Methods;

/// <summary><c>cluster status</c>: this node's own member entry, with uptime.</summary>
internal sealed class ClusterStatusMethod : RpcMethod<NoParams>
{
    public override string Name => "cluster.status";

    public override CommandSpec Command { get; } = new("cluster", "status", "cluster.status", "this node's own member status", []);

    protected override NoParams? Parse(ParamReader reader) => NoParams.Instance;

    protected override Task<RpcOutcome> ExecuteAsync(NoParams request, RpcCall call, CancellationToken cancellationToken)
    {
        var member = JsonRender.Member(call.Node);
        member["uptimeSeconds"] = JsonRender.Seconds(call.Node.Uptime);
        return Task.FromResult(RpcOutcome.Ok(member));
    }
}
