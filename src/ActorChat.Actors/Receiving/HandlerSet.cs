namespace ActorChat.Actors.Receiving;

/// <summary>An ordered, frozen list of handlers: the first that matches wins.</summary>
internal sealed class HandlerSet(MessageHandler[] handlers)
{
    public bool TryHandle(object message)
    {
        foreach (var handler in handlers)
        {
            if (handler.TryHandle(message))
            {
                return true;
            }
        }

        return false;
    }
}
