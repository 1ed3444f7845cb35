using System.Text.Json.Nodes;
using ActorChat.Chat.Broker;
using ActorChat.Chat.Management.Palettes;
using ActorChat.Chat.Management.Rpc;
using ActorChat.Chat.Protocol;

namespace ActorChat.Chat.Management.Methods;

/// <summary><c>chat kick -u NAME</c>: the user gets "error: kicked by operator" and is disconnected.</summary>
internal sealed class ChatKickMethod : RpcMethod<ChatKickMethod.Request>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public override string Name => "chat.kick";

    public override bool Audited => true;

    public override CommandSpec Command { get; } = new("chat", "kick", "chat.kick", "disconnect a user",
        [new ArgumentSpec("user", ["-u", "--user"], "string", "the user's name", Mandatory: true)], Confirm: true);

    protected override Request? Parse(ParamReader reader)
    {
        var user = reader.String("user", required: true, maxLength: 1024);
        if (user is null)
        {
            return null;
        }

        return ChatProtocol.IsValidName(user, 1024) ? new Request(user) : reader.Fail<Request>("user", $"is not a valid name \"{user}\"");
    }

    protected override async Task<RpcOutcome> ExecuteAsync(Request request, RpcCall call, CancellationToken cancellationToken)
    {
        var result = await call.Node.Chat.Refs.Broker.Ask<KickResult>(new KickUser(request.User), Timeout, cancellationToken).ConfigureAwait(false);
        return result.Found
            ? RpcOutcome.Ok(new JsonObject { ["kicked"] = result.Name })
            : RpcOutcome.Fail(RpcError.Failed("unknown user " + result.Name));
    }

    internal sealed record Request(string User);
}
