namespace ActorChat.Actors.Receiving;

/// <summary>Type match plus optional predicate, then an action.</summary>
internal sealed class ActionHandler<T>(Action<T> handler, Predicate<T>? shouldHandle) : MessageHandler
{
    public override bool IsCatchAll => typeof(T) == typeof(object) && shouldHandle is null;

    public override bool TryHandle(object message)
    {
        if (message is T typed && (shouldHandle is null || shouldHandle(typed)))
        {
            handler(typed);
            return true;
        }

        return false;
    }
}
