namespace ActorChat.Actors.Receiving;

/// <summary>Collects handlers while a constructor or a Become configure action runs.</summary>
internal sealed class HandlerSetBuilder
{
    private readonly List<MessageHandler> _handlers = [];
    private bool _hasCatchAll;

    public void Add(MessageHandler handler)
    {
        if (_hasCatchAll)
        {
            throw new InvalidOperationException(
                "A handler that catches all messages has been added. No handler can be added after that.");
        }

        _handlers.Add(handler);
        _hasCatchAll = handler.IsCatchAll;
    }

    public HandlerSet Build() => new([.. _handlers]);
}
