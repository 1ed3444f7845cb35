using System.Text.Json.Nodes;

namespace ActorChat.Chat.Management.Rpc;

/// <summary>
/// What a method produced: a result or an error, plus an optional <see cref="Effect"/> on the
/// connection that the connection actor applies after writing the reply (start a stream, close...).
/// </summary>
internal sealed record RpcOutcome(JsonNode? Result, RpcError? Error, ConnectionEffect? Effect = null)
{
    public static RpcOutcome Ok(JsonNode? result, ConnectionEffect? effect = null) => new(result, null, effect);

    public static RpcOutcome Fail(RpcError error, ConnectionEffect? effect = null) => new(null, error, effect);
}
