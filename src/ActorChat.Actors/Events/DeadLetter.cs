namespace ActorChat.Actors.Events;

/// <summary>A message sent to a stopped or non-existent actor (or left in its mailbox when it stopped).</summary>
public sealed record DeadLetter(object Message, IActorRef Sender, IActorRef Recipient) : AllDeadLetters(Message, Sender, Recipient);
