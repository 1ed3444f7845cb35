using ActorChat.Chat.Management.Palettes;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Methods;

/// <summary>
/// <c>chat tail</c>: a stream. The reply is <c>{"subscription": N}</c>; then every routed message
/// arrives as a <c>chat.tail</c> notification until <c>cancel</c> or the connection closes.
/// </summary>
internal sealed class ChatTailMethod : RpcMethod<NoParams>
{
    public override string Name => "chat.tail";

    public override CommandSpec Command { get; } = new("chat", "tail", "chat.tail", "live stream of chat messages (Ctrl+C to stop)", [], Streaming: true);

    protected override NoParams? Parse(ParamReader reader) => NoParams.Instance;

    protected override Task<RpcOutcome> ExecuteAsync(NoParams request, RpcCall call, CancellationToken cancellationToken) =>
        Task.FromResult(RpcOutcome.Ok(null, new StartChatTail(Name)));
}
