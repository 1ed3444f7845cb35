namespace ActorChat.Actors.Dispatch;

/// <summary>
/// A user message and its sender as stored in a mailbox. A struct, so enqueuing allocates nothing
/// beyond the user's message. A null sender means "no sender" and reads as DeadLetters at the receiver.
/// </summary>
public readonly struct Envelope : IEquatable<Envelope>
{
    public Envelope(object message, IActorRef? sender)
    {
        Message = message;
        Sender = sender;
    }

    public object Message { get; }

    public IActorRef? Sender { get; }

    public bool Equals(Envelope other) => Equals(Message, other.Message) && Equals(Sender, other.Sender);

    public override bool Equals(object? obj) => obj is Envelope other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Message, Sender);

    public static bool operator ==(Envelope left, Envelope right) => left.Equals(right);

    public static bool operator !=(Envelope left, Envelope right) => !left.Equals(right);

    public override string ToString() => $"<{Message}> from {Sender?.ToString() ?? "NoSender"}";
}
