namespace ActorChat.Chat.Management.Rpc;

/// <summary>A request line parsed: the request, or the error to answer with (its id when one could be read).</summary>
internal sealed record RpcRequestParse(RpcRequest? Request, RpcError? Error, System.Text.Json.JsonElement? Id);
