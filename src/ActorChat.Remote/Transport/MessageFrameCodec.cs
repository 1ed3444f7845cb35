using ActorChat.Actors;
using ActorChat.Actors.Dispatch.SysMsg;
using ActorChat.Remote.Serialization;

namespace ActorChat.Remote.Transport;

/// <summary>
/// User and System PDUs: <c>[len][type][seq (System only)][recipient][sender][serializer][manifest][payload]</c>.
/// Serialization or size failures drop that one message (logged, counted); the batch goes on.
/// </summary>
internal sealed class MessageFrameCodec(Remoting remoting)
{
    /// <summary>Appends one User frame; false when the message was dropped instead.</summary>
    public bool TryWriteUser(WireWriter w, IActorRef recipient, object message, IActorRef? sender)
    {
        var start = w.Length;
        try
        {
            var at = w.ReserveLength();
            w.WriteByte((byte)PduType.User);
            WriteBody(w, recipient, message, sender);
            var length = w.PatchLength(at);
            if (length <= remoting.Settings.MaximumFrameSize)
            {
                return true;
            }

            w.Truncate(start);
            RemoteLog.OversizedOutbound(remoting.Logger, message.GetType(), recipient.Path, length, remoting.Settings.MaximumFrameSize);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            w.Truncate(start);
            RemoteLog.SerializationFailed(remoting.Logger, e, message.GetType(), recipient.Path);
        }

        return false;
    }

    public byte[]? EncodeSystemFrame(long seq, IActorRef recipient, ISystemMessage message)
    {
        using var w = new WireWriter(256);
        try
        {
            var at = w.ReserveLength();
            w.WriteByte((byte)PduType.System);
            w.WriteInt64(seq);
            WriteBody(w, recipient, message, null);
            w.PatchLength(at);
            return w.WrittenSpan.ToArray();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            RemoteLog.SerializationFailed(remoting.Logger, e, message.GetType(), recipient.Path);
            return null;
        }
    }

    /// <summary>Reads the common body; false = malformed (the caller closes the connection).</summary>
    public static bool TryReadBody(ref WireReader r, out MessageFields fields)
    {
        fields = default;
        if (!r.TryReadBytes(out var recipient) || !r.TryReadBytes(out var sender) || !r.TryReadByte(out var serializer) ||
            !r.TryReadBytes(out var manifest) || !System.Text.Unicode.Utf8.IsValid(manifest) ||
            !r.TryReadInt32(out var length) || !r.TryReadSpan(length, out var payload) || r.Remaining != 0)
        {
            return false;
        }

        fields = new MessageFields(recipient, sender, serializer, manifest, payload);
        return true;
    }

    private void WriteBody(WireWriter w, IActorRef recipient, object message, IActorRef? sender)
    {
        // Same wire form as WriteString (length + UTF-8), from the per-ref cache.
        w.WriteBytes(remoting.Refs.WireBytes(recipient));
        w.WriteBytes(remoting.Refs.WireBytes(sender));
        remoting.Serializer.Serialize(message, w);
    }
}
