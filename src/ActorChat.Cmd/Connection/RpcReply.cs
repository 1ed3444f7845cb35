using System.Text.Json;

namespace ActorChat.Cmd.Connection;

/// <summary>A reply: its result, or the server's error (code and message).</summary>
internal sealed record RpcReply(JsonElement? Result, int? ErrorCode, string? ErrorMessage)
{
    public bool IsError => ErrorCode is not null;
}
