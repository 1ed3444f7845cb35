namespace ActorChat.Actors;

/// <summary>
/// An actor with a single <see cref="OnReceive"/>: every message counts as handled unless the code
/// calls <see cref="ActorBase.Unhandled"/> itself.
/// </summary>
public abstract class UntypedActor : ActorBase
{
    protected sealed override bool Receive(object message)
    {
        OnReceive(message);
        return true;
    }

    protected abstract void OnReceive(object message);

    /// <summary>Replaces the behaviour with <paramref name="receive"/>.</summary>
    protected void Become(UntypedReceive receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        Become(m =>
        {
            receive(m);
            return true;
        });
    }

    /// <summary>Pushes <paramref name="receive"/> as the behaviour.</summary>
    protected void BecomeStacked(UntypedReceive receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        BecomeStacked(m =>
        {
            receive(m);
            return true;
        });
    }

    /// <summary>Runs an async action with the mailbox suspended until it completes.</summary>
    protected static void RunTask(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Cells.ActorCell.Current!.RunTask(action);
    }
}
