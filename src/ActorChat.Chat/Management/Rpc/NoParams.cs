namespace ActorChat.Chat.Management.Rpc;

/// <summary>The typed request of a method without parameters.</summary>
internal sealed record NoParams
{
    public static NoParams Instance { get; } = new();
}
