using ActorChat.Actors.Refs;

namespace ActorChat.Actors.Dispatch.SysMsg;

// The system-message protocol between cells. Refer to these through the SysMsg namespace alias,
// since several names (Watch, Stop, Create) are also context methods.

/// <summary>First message of every cell: construct the actor and run PreStart.</summary>
internal sealed record Create : ISystemMessage
{
    public static Create Instance { get; } = new();

    private Create()
    {
    }
}

/// <summary>Parent's Restart directive: recreate the actor instance (mailbox and children kept).</summary>
internal sealed record Recreate(Exception Cause) : ISystemMessage;

/// <summary>Stop processing user messages until a matching <see cref="Resume"/>.</summary>
internal sealed record Suspend : ISystemMessage
{
    public static Suspend Instance { get; } = new();

    private Suspend()
    {
    }
}

/// <summary>Undo one <see cref="Suspend"/>; with a cause, it is the Resume directive after a failure.</summary>
internal sealed record Resume(Exception? CausedByFailure) : ISystemMessage;

/// <summary>Stop the actor (children first, then PostStop, then notify parent and watchers).</summary>
internal sealed record Terminate : ISystemMessage
{
    public static Terminate Instance { get; } = new();

    private Terminate()
    {
    }
}

/// <summary>Sent to the watchee: <paramref name="Watcher"/> wants a notification when it dies.</summary>
internal sealed record Watch(IInternalActorRef Watchee, IInternalActorRef Watcher) : ISystemMessage;

/// <summary>Sent to the watchee: forget <paramref name="Watcher"/>.</summary>
internal sealed record Unwatch(IInternalActorRef Watchee, IInternalActorRef Watcher) : ISystemMessage;

/// <summary>Sent by a dying actor to its parent and watchers (or by DeadLetters for a dead watchee).</summary>
internal sealed record DeathWatchNotification(IActorRef Actor, bool ExistenceConfirmed, bool AddressTerminated) : ISystemMessage;

/// <summary>Child to parent: I failed with <paramref name="Cause"/>; decide my fate.</summary>
internal sealed record Failed(IActorRef Child, Exception Cause, long Uid) : ISystemMessage;

/// <summary>Run a continuation of a <c>ReceiveAsync</c> task (queued to <paramref name="Scheduler"/>) inside the actor's context.</summary>
internal sealed record RunActorTask(Task Task, Cells.ActorTaskScheduler Scheduler) : ISystemMessage;

/// <summary>
/// The <c>ReceiveAsync</c> task finished; resume the mailbox and report a failure if any, unless
/// <paramref name="Owner"/> (the incarnation that started it) has been discarded meanwhile.
/// </summary>
internal sealed record ActorTaskCompleted(Cells.ActorTaskScheduler Owner, Exception? Failure) : ISystemMessage;
