namespace ActorChat.Chat.Management.Rpc;

/// <summary>JSON-RPC 2.0 error codes (the spec's, plus ours in the server range -32000..-32099).</summary>
internal static class RpcErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;

    /// <summary>The command ran and failed (e.g. unknown user); the connection stays usable.</summary>
    public const int CommandFailed = -32000;

    /// <summary>Authentication required or refused; the connection is closed.</summary>
    public const int Unauthorized = -32001;

    /// <summary>The request line exceeded max-request-length; the connection is closed.</summary>
    public const int RequestTooLarge = -32002;
}
