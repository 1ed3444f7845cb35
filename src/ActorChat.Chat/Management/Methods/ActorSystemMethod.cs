using System.Text.Json.Nodes;
using ActorChat.Chat.Management.Palettes;
using ActorChat.Chat.Management.Rendering;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Methods;

/// <summary><c>actor system</c>: the actor system's name and address, with the node it belongs to.</summary>
internal sealed class ActorSystemMethod : RpcMethod<NoParams>
{
    public override string Name => "actor.system";

    public override CommandSpec Command { get; } = new("actor", "system", "actor.system", "the actor system's name and address", []);

    protected override NoParams? Parse(ParamReader reader) => NoParams.Instance;

    protected override Task<RpcOutcome> ExecuteAsync(NoParams request, RpcCall call, CancellationToken cancellationToken) =>
        Task.FromResult(RpcOutcome.Ok(new JsonObject
        {
            ["node"] = call.Node.NodeName,
            ["name"] = call.Node.System.Name,
            ["address"] = call.Node.System.Address.ToString(),
            ["uptimeSeconds"] = JsonRender.Seconds(call.Node.Uptime),
        }));
}
