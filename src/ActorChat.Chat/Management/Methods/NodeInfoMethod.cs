using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using ActorChat.Chat.Management.Palettes;
using ActorChat.Chat.Management.Rendering;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Methods;

/// <summary><c>node info</c>: name, version, uptime, addresses, memory, config digest, palettes.</summary>
internal sealed class NodeInfoMethod : RpcMethod<NoParams>
{
    public override string Name => "node.info";

    public override CommandSpec Command { get; } = new("node", "info", "node.info", "name, version, uptime, addresses, memory and config digest of the node", []);

    protected override NoParams? Parse(ParamReader reader) => NoParams.Instance;

    protected override Task<RpcOutcome> ExecuteAsync(NoParams request, RpcCall call, CancellationToken cancellationToken)
    {
        var node = call.Node;
        return Task.FromResult(RpcOutcome.Ok(new JsonObject
        {
            ["name"] = node.NodeName,
            ["version"] = node.Version,
            ["runtime"] = RuntimeInformation.FrameworkDescription,
            ["startedAt"] = JsonRender.Time(node.StartedAt),
            ["uptimeSeconds"] = JsonRender.Seconds(node.Uptime),
            ["addresses"] = new JsonObject
            {
                ["system"] = node.System.Address.ToString(),
                ["chat"] = node.Chat.Endpoint.ToString(),
                ["cmd"] = node.CmdEndpoint.ToString(),
            },
            ["memory"] = Memory(),
            ["configDigest"] = ConfigJson.Digest(node.Config),
            ["palettes"] = JsonRender.Strings(RpcDispatcher.Default.Commands.Select(c => c.Palette).Distinct(StringComparer.Ordinal)),
        }));
    }

    // What an operator needs to tell live data from garbage and fragmentation: the heap figures are
    // as of the last GC, the working set is now.
    private static JsonObject Memory()
    {
        var gc = GC.GetGCMemoryInfo();
        return new JsonObject
        {
            ["workingSetBytes"] = Environment.WorkingSet,
            ["heapSizeBytes"] = gc.HeapSizeBytes,
            ["heapFragmentedBytes"] = gc.FragmentedBytes,
            ["heapCommittedBytes"] = gc.TotalCommittedBytes,
            ["gcCollections"] = new JsonArray(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)),
        };
    }
}
