using ActorChat.Actors.Cells;

namespace ActorChat.Actors.Receiving;

/// <summary>Type match plus optional predicate, then an async handler run with the mailbox suspended.</summary>
internal sealed class AsyncHandler<T>(ActorCell cell, Func<T, Task> handler, Predicate<T>? shouldHandle) : MessageHandler
{
    public override bool IsCatchAll => typeof(T) == typeof(object) && shouldHandle is null;

    public override bool TryHandle(object message)
    {
        if (message is T typed && (shouldHandle is null || shouldHandle(typed)))
        {
            cell.RunTask(() => handler(typed));
            return true;
        }

        return false;
    }
}
