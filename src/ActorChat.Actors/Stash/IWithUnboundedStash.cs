using ActorChat.Actors.Dispatch;

namespace ActorChat.Actors.Stash;

/// <summary>
/// Opt-in to stashing. The actor gets a deque mailbox automatically (unless its Props name a mailbox,
/// which must then be deque-capable: <c>unbounded-deque</c> or <c>bounded</c>). Stashed messages are
/// put back into the mailbox after PreRestart on a restart, and after PostStop on a stop (from where
/// they drain to dead letters). The stash is bounded by the mailbox's <c>stash-capacity</c> (-1 = no bound).
/// </summary>
public interface IWithUnboundedStash : IActorStash, IRequiresMessageQueue<IDequeBasedMessageQueueSemantics>;
