namespace ActorChat.Actors;

/// <summary>Role: who I am and who sent the message being processed.</summary>
public interface IMessageContext
{
    IActorRef Self { get; }

    /// <summary>Sender of the current message; DeadLetters when there was none.</summary>
    IActorRef Sender { get; }
}
