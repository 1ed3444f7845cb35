using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Methods;

/// <summary><c>send {to, message}</c>: DarkFi dchat's send, for parity; the same as <c>chat.send</c>.</summary>
internal sealed class SendMethod : RpcMethod<ChatSendMethod.Request>
{
    public override string Name => "send";

    public override bool Audited => true;

    protected override ChatSendMethod.Request? Parse(ParamReader reader) => ChatSendMethod.ParseSend(reader);

    protected override Task<RpcOutcome> ExecuteAsync(ChatSendMethod.Request request, RpcCall call, CancellationToken cancellationToken) =>
        ChatSendMethod.SendAsync(request, call, cancellationToken);
}
