using System.Text.Json.Nodes;
using ActorChat.Chat.Management.Palettes;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Methods;

/// <summary>
/// <c>chat stats</c>: the chat service's counters. Per-second rates are measured between this call
/// and the previous sample (see <see cref="RateSampler"/>).
/// </summary>
internal sealed class ChatStatsMethod : RpcMethod<NoParams>
{
    public override string Name => "chat.stats";

    public override CommandSpec Command { get; } = new("chat", "stats", "chat.stats", "clients, messages in/out and per second, deliveries, errors, evictions, dead letters", []);

    protected override NoParams? Parse(ParamReader reader) => NoParams.Instance;

    protected override Task<RpcOutcome> ExecuteAsync(NoParams request, RpcCall call, CancellationToken cancellationToken)
    {
        var node = call.Node;
        var stats = node.Chat.Stats;
        var messagesIn = stats.MessagesIn;
        var deliveries = stats.Deliveries;
        var (inRate, outRate) = node.Rates.Sample(node.System.TimeProvider.GetUtcNow(), node.StartedAt, messagesIn, deliveries);
        return Task.FromResult(RpcOutcome.Ok(new JsonObject
        {
            ["node"] = node.NodeName,
            ["clients"] = stats.Connected,
            ["users"] = stats.Sessions.Count,
            ["acceptedTotal"] = stats.Accepted,
            ["messagesIn"] = messagesIn,
            ["messagesOut"] = deliveries,
            ["messagesInPerSecond"] = Math.Round(inRate, 2),
            ["messagesOutPerSecond"] = Math.Round(outRate, 2),
            ["deliveries"] = deliveries,
            ["errors"] = stats.Errors,
            ["slowConsumerEvictions"] = stats.SlowConsumers,
            ["rejectedServerFull"] = stats.RejectedFull,
            ["acceptErrors"] = stats.AcceptErrors,
            ["deadLetters"] = node.DeadLetters,
        }));
    }
}
