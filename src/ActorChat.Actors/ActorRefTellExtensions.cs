using ActorChat.Actors.Cells;

namespace ActorChat.Actors;

/// <summary>Tell and Forward with an implicit sender.</summary>
public static class ActorRefTellExtensions
{
    /// <summary>Sends with the current actor as sender (inside an actor), else the ambient sender or none.</summary>
    public static void Tell(this ICanTell receiver, object message)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        receiver.Tell(message, AmbientSender.Resolve());
    }

    /// <summary>Sends keeping the sender of the message being processed (so replies go to the original sender).</summary>
    public static void Forward(this ICanTell receiver, object message)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        var cell = ActorCell.Current;
        receiver.Tell(message, cell is not null ? cell.Sender : AmbientSender.Current);
    }
}
