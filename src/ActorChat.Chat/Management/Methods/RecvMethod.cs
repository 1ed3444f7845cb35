using System.Text.Json.Nodes;
using ActorChat.Chat.Management.Rendering;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Methods;

/// <summary>
/// <c>recv</c>: DarkFi dchat's recv, for parity: the chat messages routed since this connection's
/// previous <c>recv</c> (the first call starts the buffer and returns none), at most
/// <see cref="RecvBuffer.Capacity"/>.
/// </summary>
internal sealed class RecvMethod : RpcMethod<NoParams>
{
    public override string Name => "recv";

    protected override NoParams? Parse(ParamReader reader) => NoParams.Instance;

    protected override Task<RpcOutcome> ExecuteAsync(NoParams request, RpcCall call, CancellationToken cancellationToken)
    {
        var messages = new JsonArray([.. call.Recv.Drain().Select(m => (JsonNode)JsonRender.ChatMessage(m))]);
        var result = new JsonObject { ["messages"] = messages };
        return Task.FromResult(call.Recv.Enabled ? RpcOutcome.Ok(result) : RpcOutcome.Ok(result, EnableRecv.Instance));
    }
}
