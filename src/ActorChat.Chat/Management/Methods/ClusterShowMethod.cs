using System.Text.Json.Nodes;
using ActorChat.Chat.Management.Palettes;
using ActorChat.Chat.Management.Rendering;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Methods;

/// <summary><c>cluster show</c>: every member as this node sees it. Until the cluster exists that is this node alone.</summary>
internal sealed class ClusterShowMethod : RpcMethod<NoParams>
{
    public override string Name => "cluster.show";

    public override CommandSpec Command { get; } = new("cluster", "show", "cluster.show", "every cluster member as this node sees it", []);

    protected override NoParams? Parse(ParamReader reader) => NoParams.Instance;

    protected override Task<RpcOutcome> ExecuteAsync(NoParams request, RpcCall call, CancellationToken cancellationToken) =>
        Task.FromResult(RpcOutcome.Ok(new JsonObject
        {
            ["observer"] = call.Node.NodeName,
            ["count"] = 1,
            ["members"] = new JsonArray(JsonRender.Member(call.Node)),
        }));
}
