using ActorChat.Actors;

namespace ActorChat.Remote.Transport;

/// <summary>
/// One item of an association's outbound queue: a user message (serialized by the writer, into the
/// batch buffer) or a ready-made frame (system messages, acks, heartbeats).
/// </summary>
internal readonly record struct OutboundEnvelope(IActorRef? Recipient, object? Message, IActorRef? Sender, byte[]? Frame)
{
    public static OutboundEnvelope User(IActorRef recipient, object message, IActorRef? sender) => new(recipient, message, sender, null);

    public static OutboundEnvelope Control(byte[] frame) => new(null, null, null, frame);
}
