namespace ActorChat.Actors.Dispatch;

/// <summary>
/// Implemented by an actor class that needs a particular kind of message queue (named by the
/// <typeparamref name="TQueueSemantics"/> marker). The runtime then picks a fitting mailbox when Props
/// leave the default one, and refuses to create the actor on a configured mailbox that does not fit.
/// </summary>
public interface IRequiresMessageQueue<TQueueSemantics>
    where TQueueSemantics : IMessageQueueSemantics;
