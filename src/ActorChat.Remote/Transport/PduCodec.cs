namespace ActorChat.Remote.Transport;

/// <summary>Encoders of the small control PDUs (each a whole frame with its length prefix).</summary>
internal static class PduCodec
{
    public static byte[] Ack(long sequence) => Frame(w =>
    {
        w.WriteByte((byte)PduType.Ack);
        w.WriteInt64(sequence);
    });

    /// <summary>A heartbeat has no fields, so one shared frame serves every send (queued frames are only read).</summary>
    public static readonly byte[] HeartbeatFrame = Heartbeat();

    public static byte[] Heartbeat() => Frame(w => w.WriteByte((byte)PduType.Heartbeat));

    public static byte[] HeartbeatResponse(long uid) => Frame(w =>
    {
        w.WriteByte((byte)PduType.HeartbeatResponse);
        w.WriteInt64(uid);
    });

    public static byte[] Goodbye(GoodbyeReason reason) => Frame(w =>
    {
        w.WriteByte((byte)PduType.Goodbye);
        w.WriteByte((byte)reason);
    });

    public static byte[] Frame(Action<WireWriter> write)
    {
        using var writer = new WireWriter(64);
        var at = writer.ReserveLength();
        write(writer);
        writer.PatchLength(at);
        return writer.WrittenSpan.ToArray();
    }
}
