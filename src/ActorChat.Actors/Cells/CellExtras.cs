using ActorChat.Actors.Stash;
using ActorChat.Actors.Supervision;
using ActorChat.Actors.Timers;

namespace ActorChat.Actors.Cells;

/// <summary>
/// The parts of a cell most actors never use (Become stack, ReceiveAsync, receive timeout, stash,
/// timers, failure and restart state, a custom supervisor strategy, DeathWatch), kept in one object
/// allocated on first use: as fields of every cell they were ~96 bytes of each idle actor. Created and
/// written by the owning cell's run only, and never dropped once created, so a receive-timeout timer
/// callback that reaches it always sees the same object.
/// </summary>
internal sealed class CellExtras
{
    /// <summary>The explicit behaviour stack (see ActorCell.Behavior.cs); null = only the initial behaviour.</summary>
    public List<Receive>? BehaviorStack;

    public ActorTaskScheduler? TaskScheduler;

    /// <summary>Null = no receive timeout; otherwise a positive, finite span.</summary>
    public TimeSpan? ReceiveTimeout;

    public ITimer? ReceiveTimeoutTimer;

    /// <summary>1 while the timer is armed; written by the timer thread too (volatile access).</summary>
    public int ReceiveTimeoutArmed;

    public ActorStash? Stash;

    public TimerScheduler? Timers;

    /// <summary>Non-null while failed (awaiting the parent's decision) or stopping: the child that escalated, or Self.</summary>
    public IActorRef? FailedPerpetrator;

    public object? FailedMessage;

    public Exception? RecreateCause;

    /// <summary>What the cell does when its last dying child is gone (guarded by the children lock).</summary>
    public ChildrenSuspendReason SuspendReason;

    /// <summary>
    /// The current (or last) instance's supervisor strategy, asked once right after its constructor; null
    /// means the default, so only actors with their own strategy need the extras for it.
    /// </summary>
    public SupervisorStrategy? Strategy;

    public DeathWatchState? DeathWatch;
}
