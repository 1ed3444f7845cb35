using System.Text.Json.Nodes;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Methods;

/// <summary><c>cancel {subscription}</c>: stops a stream (chat.tail, log.tail) started on this connection.</summary>
internal sealed class CancelMethod : RpcMethod<CancelMethod.Request>
{
    public override string Name => "cancel";

    protected override Request? Parse(ParamReader reader)
    {
        var id = reader.Int("subscription", -1, 1, int.MaxValue);
        return id > 0 ? new Request(id) : reader.Fail<Request>("subscription", "is required");
    }

    protected override Task<RpcOutcome> ExecuteAsync(Request request, RpcCall call, CancellationToken cancellationToken) =>
        Task.FromResult(RpcOutcome.Ok(new JsonObject { ["cancelled"] = request.Subscription }, new StopStream(request.Subscription)));

    internal sealed record Request(long Subscription);
}
