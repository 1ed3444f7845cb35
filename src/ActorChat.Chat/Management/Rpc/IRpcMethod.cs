using System.Text.Json;
using ActorChat.Chat.Management.Palettes;

namespace ActorChat.Chat.Management.Rpc;

/// <summary>One JSON-RPC method (one file each, under Methods/).</summary>
internal interface IRpcMethod
{
    string Name { get; }

    /// <summary>The CLI command that calls it, or null for protocol methods (ping, auth, cancel...).</summary>
    CommandSpec? Command { get; }

    /// <summary>Mutating methods are written to the node log (audit).</summary>
    bool Audited { get; }

    Task<RpcOutcome> InvokeAsync(JsonElement? parameters, RpcCall call, CancellationToken cancellationToken);
}
