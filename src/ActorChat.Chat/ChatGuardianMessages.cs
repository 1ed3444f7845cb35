namespace ActorChat.Chat;

/// <summary>Reply: <see cref="ChatRefs"/>.</summary>
internal sealed record GetChatRefs
{
    public static GetChatRefs Instance { get; } = new();
}

internal sealed record ChatRefs(IActorRef Broker, IActorRef Listener);
