namespace ActorChat.Actors.Events;

/// <summary>A message the recipient's behaviour did not handle.</summary>
public sealed record UnhandledMessage(object Message, IActorRef Sender, IActorRef Recipient) : AllDeadLetters(Message, Sender, Recipient);
