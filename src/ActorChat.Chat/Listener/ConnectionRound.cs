namespace ActorChat.Chat.Listener;

/// <summary>One <see cref="AskAllConnections"/> in progress: who still owes an answer and whom to tell when none does.</summary>
internal sealed class ConnectionRound(AskAllConnections request, IActorRef replyTo, IEnumerable<IActorRef> waiting)
{
    private readonly HashSet<IActorRef> _waiting = [.. waiting];

    public Type ReplyType => request.ReplyType;

    /// <summary>Marks <paramref name="connection"/> done; true when the round is complete and answered.</summary>
    public bool Complete(IActorRef connection)
    {
        _waiting.Remove(connection);
        return TryFinish();
    }

    public bool TryFinish()
    {
        if (_waiting.Count > 0)
        {
            return false;
        }

        replyTo.Tell(request.Done);
        return true;
    }
}
