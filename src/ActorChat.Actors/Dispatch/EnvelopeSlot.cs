namespace ActorChat.Actors.Dispatch;

/// <summary>
/// One cell of an <see cref="EnvelopeSegment"/>. <see cref="Message"/> doubles as the "published" flag:
/// a producer writes <see cref="Sender"/> first and the (never null) message last with a volatile write,
/// so a consumer that sees a message also sees its sender.
/// </summary>
internal struct EnvelopeSlot
{
    public object? Message;
    public IActorRef? Sender;
}
