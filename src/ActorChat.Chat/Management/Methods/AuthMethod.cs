using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ActorChat.Chat.Management.Logging;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Methods;

/// <summary>
/// <c>auth {token}</c>: when actorchat.cmd.token is set, the first call of a connection. A wrong token
/// is an error and the connection is closed (one guess per connection).
/// </summary>
internal sealed class AuthMethod : RpcMethod<AuthMethod.Request>
{
    public override string Name => "auth";

    protected override Request? Parse(ParamReader reader) => reader.String("token", required: true) is { } token ? new Request(token) : null;

    protected override Task<RpcOutcome> ExecuteAsync(Request request, RpcCall call, CancellationToken cancellationToken)
    {
        var expected = call.Node.Settings.Token;
        if (expected.Length == 0 || CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(request.Token), Encoding.UTF8.GetBytes(expected)))
        {
            return Task.FromResult(RpcOutcome.Ok(new JsonObject { ["authenticated"] = true }, Rpc.Authenticated.Instance));
        }

        call.Node.Log.AuthRefused(call.Remote, "wrong token");
        return Task.FromResult(RpcOutcome.Fail(new RpcError(RpcErrorCodes.Unauthorized, "unauthorized: wrong token"), CloseConnection.Instance));
    }

    internal sealed record Request(string Token);
}
