namespace ActorChat.Actors.Events;

/// <summary>Base of everything published when a message could not be (or was not) handled.</summary>
public abstract record AllDeadLetters(object Message, IActorRef Sender, IActorRef Recipient);
