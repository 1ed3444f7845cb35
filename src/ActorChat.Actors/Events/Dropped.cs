namespace ActorChat.Actors.Events;

/// <summary>
/// A message the runtime refused to deliver on purpose (e.g. a full bounded mailbox); <paramref name="Reason"/>
/// says why. Published on the EventStream and logged like a dead letter.
/// </summary>
public sealed record Dropped(object Message, string Reason, IActorRef Sender, IActorRef Recipient) : AllDeadLetters(Message, Sender, Recipient);
