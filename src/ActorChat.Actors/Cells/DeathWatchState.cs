using ActorChat.Actors.Refs;

namespace ActorChat.Actors.Cells;

/// <summary>
/// A cell's DeathWatch bookkeeping (see ActorCell.DeathWatch.cs), allocated on the first watch in either
/// direction: most actors never watch or get watched, and four fields on every cell were ~32 bytes of
/// each idle actor. Touched only by the owning cell's run.
/// </summary>
internal sealed class DeathWatchState
{
    /// <summary>subject → custom message (WatchWith) or null (Terminated).</summary>
    public Dictionary<IActorRef, object?>? Watching;

    public HashSet<IInternalActorRef>? WatchedBy;

    /// <summary>Terminated messages enqueued to self and still expected (Unwatch cancels them).</summary>
    public Dictionary<IActorRef, object?>? TerminatedQueued;

    public bool SubscribedToAddressTerminated;
}
