namespace ActorChat.Remote.Transport;

/// <summary>The parsed body of a User/System PDU; spans point into the read buffer.</summary>
internal readonly ref struct MessageFields(ReadOnlySpan<byte> recipient, ReadOnlySpan<byte> sender, byte serializer, ReadOnlySpan<byte> manifest, ReadOnlySpan<byte> payload)
{
    public ReadOnlySpan<byte> Recipient { get; } = recipient;

    public ReadOnlySpan<byte> Sender { get; } = sender;

    public byte Serializer { get; } = serializer;

    /// <summary>The manifest as UTF-8 (validated); the reader turns it into a string through its cache.</summary>
    public ReadOnlySpan<byte> Manifest { get; } = manifest;

    public ReadOnlySpan<byte> Payload { get; } = payload;
}
