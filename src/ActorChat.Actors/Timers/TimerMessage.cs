using ActorChat.Actors.Events;

namespace ActorChat.Actors.Timers;

/// <summary>
/// What a timer actually sends: the user's message tagged with its timer (key, generation, owning
/// scheduler), so the cell can drop messages of cancelled, replaced or previous-incarnation timers.
/// Auto-received (the cell unwraps it); it never resets the receive timeout itself (the cell re-arms
/// for an influencing payload after delivering it, so a dropped stale message changes nothing); and
/// a copy left in a stopped actor's mailbox is stale by definition, hence no dead-letter log line.
/// </summary>
internal sealed record TimerMessage(object Key, int Generation, TimerScheduler Owner, object Message)
    : IAutoReceivedMessage, INotInfluenceReceiveTimeout, IDeadLetterSuppression;
