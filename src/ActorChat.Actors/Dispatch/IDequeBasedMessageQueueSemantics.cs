namespace ActorChat.Actors.Dispatch;

/// <summary>
/// The queue can put messages back at its front (what Unstash needs). The <c>unbounded-deque</c> and
/// <c>bounded</c> mailbox types provide it; an actor requiring it gets
/// <c>actorchat.actor.unbounded-deque-mailbox</c> unless Props name another mailbox.
/// </summary>
public interface IDequeBasedMessageQueueSemantics : IMessageQueueSemantics;
