using System.Text.Json.Nodes;
using ActorChat.Chat.Broker;
using ActorChat.Chat.Management.Palettes;
using ActorChat.Chat.Management.Rendering;
using ActorChat.Chat.Management.Rpc;
using ActorChat.Chat.Protocol;

namespace ActorChat.Chat.Management.Methods;

/// <summary>
/// <c>chat send -t NAME[,NAME] -m TEXT</c>: recipients get <c>from @operator: TEXT</c>. Unknown
/// names are reported; when nobody received it the command fails.
/// </summary>
internal sealed class ChatSendMethod : RpcMethod<ChatSendMethod.Request>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public override string Name => "chat.send";

    public override bool Audited => true;

    public override CommandSpec Command { get; } = new("chat", "send", "chat.send", "send a message to users as @operator",
    [
        new ArgumentSpec("to", ["-t", "--to"], "list", "recipients, comma-separated", Mandatory: true),
        new ArgumentSpec("message", ["-m", "--message"], "string", "the text", Mandatory: true),
    ]);

    public static Request? ParseSend(ParamReader reader)
    {
        var to = reader.List("to", required: true);
        var message = reader.String("message", required: true, maxLength: 16 * 1024)?.Trim();
        if (to is null || message is null)
        {
            return null;
        }

        if (message.Length == 0 || message.Contains('\n', StringComparison.Ordinal) || message.Contains('\r', StringComparison.Ordinal))
        {
            return reader.Fail<Request>("message", "must be one non-empty line");
        }

        return to.FirstOrDefault(n => !ChatProtocol.IsValidName(n, 1024)) is { } bad
            ? reader.Fail<Request>("to", $"contains an invalid name \"{bad}\"")
            : new Request(to, message);
    }

    public static async Task<RpcOutcome> SendAsync(Request request, RpcCall call, CancellationToken cancellationToken)
    {
        var said = await call.Node.Chat.Refs.Broker.Ask<OperatorSaid>(new OperatorSay(request.To, request.Message), Timeout, cancellationToken).ConfigureAwait(false);
        var result = new JsonObject { ["delivered"] = JsonRender.Strings(said.Delivered), ["unknown"] = JsonRender.Strings(said.Unknown) };
        return said.Delivered.Count == 0
            ? RpcOutcome.Fail(RpcError.Failed("unknown user " + string.Join(", ", said.Unknown)))
            : RpcOutcome.Ok(result);
    }

    protected override Request? Parse(ParamReader reader) => ParseSend(reader);

    protected override Task<RpcOutcome> ExecuteAsync(Request request, RpcCall call, CancellationToken cancellationToken) => SendAsync(request, call, cancellationToken);

    internal sealed record Request(IReadOnlyList<string> To, string Message);
}
