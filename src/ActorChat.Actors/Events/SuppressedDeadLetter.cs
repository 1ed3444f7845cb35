namespace ActorChat.Actors.Events;

/// <summary>A dead letter whose message implements <see cref="IDeadLetterSuppression"/>: published, never logged.</summary>
public sealed record SuppressedDeadLetter(object Message, IActorRef Sender, IActorRef Recipient) : AllDeadLetters(Message, Sender, Recipient);
