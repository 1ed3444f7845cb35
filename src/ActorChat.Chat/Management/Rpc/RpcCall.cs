namespace ActorChat.Chat.Management.Rpc;

/// <summary>What a method may use while it runs: the node, and its own connection's state.</summary>
internal sealed record RpcCall(ManagementContext Node, string Remote, RecvBuffer Recv);
