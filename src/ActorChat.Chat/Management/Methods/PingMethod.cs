using System.Text.Json.Nodes;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Methods;

/// <summary><c>ping</c> (dchat parity): answers "pong"; a liveness check for scripts.</summary>
internal sealed class PingMethod : RpcMethod<NoParams>
{
    public override string Name => "ping";

    protected override NoParams? Parse(ParamReader reader) => NoParams.Instance;

    protected override Task<RpcOutcome> ExecuteAsync(NoParams request, RpcCall call, CancellationToken cancellationToken) =>
        Task.FromResult(RpcOutcome.Ok(JsonValue.Create("pong")));
}
