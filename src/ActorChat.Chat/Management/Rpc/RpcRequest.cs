using System.Text.Json;

namespace ActorChat.Chat.Management.Rpc;

/// <summary>
/// One parsed JSON-RPC request (wire DTO). <see cref="Id"/> is the raw id (number or string), kept
/// as JSON so it is echoed exactly; null for a notification, which gets no reply.
/// </summary>
internal sealed record RpcRequest(JsonElement? Id, string Method, JsonElement? Params);
