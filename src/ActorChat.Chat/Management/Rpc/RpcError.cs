namespace ActorChat.Chat.Management.Rpc;

/// <summary>The error member of a JSON-RPC response (wire DTO).</summary>
internal sealed record RpcError(int Code, string Message)
{
    public static RpcError InvalidParams(string message) => new(RpcErrorCodes.InvalidParams, message);

    public static RpcError Failed(string message) => new(RpcErrorCodes.CommandFailed, message);
}
