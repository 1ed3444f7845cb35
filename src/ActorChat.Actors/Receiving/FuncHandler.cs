namespace ActorChat.Actors.Receiving;

/// <summary>Type match, then a handler that reports whether it handled the message.</summary>
internal sealed class FuncHandler<T>(Func<T, bool> handler) : MessageHandler
{
    public override bool IsCatchAll => false;

    public override bool TryHandle(object message) => message is T typed && handler(typed);
}
