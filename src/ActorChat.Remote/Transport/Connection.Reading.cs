using ActorChat.Actors;
using ActorChat.Actors.Dispatch.SysMsg;
using ActorChat.Actors.Refs;
using ActorChat.Remote.Associations;
using ActorChat.Remote.Refs;

namespace ActorChat.Remote.Transport;

/// <summary>
/// The read loop after the handshake. What is fatal and what is droppable:
/// <list type="bullet">
/// <item>fatal (connection closed, logged): an impossible length prefix, an unknown or truncated PDU,
/// a handshake PDU after the handshake, more than oversized-frame-limit oversized frames (flooding);</item>
/// <item>droppable (logged, association stays): an oversized frame (skipped, trap #16), an unknown
/// manifest, a payload that does not deserialize, a recipient that is not on this node or not alive.</item>
/// </list>
/// </summary>
internal sealed partial class Connection
{
    private readonly WireRefCache<IInternalActorRef> _recipients = new(maxEntries: 512);
    private readonly WireRefCache<IActorRef> _senders = new(maxEntries: 512);
    private readonly WireRefCache<string> _manifests = new(maxEntries: 64);
    private int _oversized;

    private async Task ReadLoopAsync(RemoteAssociation association)
    {
        var token = _cts.Token;
        while (true)
        {
            var status = _reader.TryRead(out var payload, out var length);
            switch (status)
            {
                case FrameStatus.Complete:
                    association.CountIn(length + FrameDecoder.PrefixLength);
                    if (!_remoting.IsBlackHoled && !Dispatch(association, payload.Span))
                    {
                        return;
                    }

                    continue;
                case FrameStatus.TooLong:
                    RemoteLog.OversizedInbound(_remoting.Logger, PeerName, length, _remoting.Settings.MaximumFrameSize);
                    association.CountDrop();
                    if (++_oversized > _remoting.Settings.OversizedFrameLimit)
                    {
                        RemoteLog.Flooding(_remoting.Logger, PeerName, $"more than {_remoting.Settings.OversizedFrameLimit} oversized frames");
                        _closeReason = "flooding with oversized frames";
                        return;
                    }

                    continue;
                case FrameStatus.Malformed:
                    MalformedInput("invalid frame length");
                    return;
            }

            if (!await _reader.FillAsync(token).ConfigureAwait(false))
            {
                _closeReason = "peer closed the connection";
                return;
            }
        }
    }

    /// <summary>Handles one PDU; false = fatal, close the connection.</summary>
    private bool Dispatch(RemoteAssociation association, ReadOnlySpan<byte> pdu)
    {
        var r = new WireReader(pdu);
        r.TryReadByte(out var type);
        switch ((PduType)type)
        {
            case PduType.User:
                if (!MessageFrameCodec.TryReadBody(ref r, out var user))
                {
                    return MalformedInput("truncated User PDU");
                }

                Deliver(association, user, system: false);
                return true;
            case PduType.System:
                if (!r.TryReadInt64(out var seq) || !MessageFrameCodec.TryReadBody(ref r, out var sys))
                {
                    return MalformedInput("truncated System PDU");
                }

                var (deliver, ack) = association.OnSystemReceived(association.RemoteUid, seq);
                if (deliver)
                {
                    Deliver(association, sys, system: true);
                }

                association.SendControl(PduCodec.Ack(ack), connect: false);
                return true;
            case PduType.Ack when r.TryReadInt64(out var acked) && r.Remaining == 0:
                association.OnAck(acked);
                return true;
            case PduType.Heartbeat when r.Remaining == 0:
                association.SendControl(_remoting.HeartbeatResponseFrame, connect: false);
                return true;
            case PduType.HeartbeatResponse when r.TryReadInt64(out var uid) && r.Remaining == 0:
                _remoting.Watcher.OnHeartbeatResponse(association.RemoteAddress, uid);
                return true;
            case PduType.Goodbye when r.TryReadByte(out var reason) && r.Remaining == 0:
                var why = (GoodbyeReason)reason == GoodbyeReason.Quarantined ? "this node is quarantined by the peer" : "peer shutting down";
                RemoteLog.Goodbye(_remoting.Logger, association.RemoteAddress, why);
                _closeReason = "goodbye: " + why;
                return false;
            default:
                return MalformedInput($"unexpected PDU type 0x{type:X2} or bad length");
        }
    }

    private bool MalformedInput(string reason)
    {
        RemoteLog.Malformed(_remoting.Logger, PeerName, reason);
        _closeReason = "malformed input: " + reason;
        return false;
    }

    private void Deliver(RemoteAssociation association, MessageFields fields, bool system)
    {
        var recipient = ResolveRecipient(fields.Recipient);
        if (recipient is null)
        {
            association.CountDrop();
            return;
        }

        var sender = ResolveSender(fields.Sender);
        var result = _remoting.Serializer.Deserialize(fields.Serializer, Manifest(fields.Manifest), fields.Payload);
        if (result.Message is not { } message)
        {
            association.CountDrop();
            RemoteLog.DeserializationFailed(_remoting.Logger, association.RemoteAddress, recipient.Path.ToString(), result.Error ?? "null message");
            return;
        }

        // System messages only through the sequenced channel, and only the ones remoting carries.
        if (system != message is ISystemMessage)
        {
            association.CountDrop();
            RemoteLog.DeserializationFailed(_remoting.Logger, association.RemoteAddress, recipient.Path.ToString(),
                $"[{message.GetType().Name}] not allowed as a {(system ? "system" : "user")} message");
            return;
        }

        try
        {
            if (message is ISystemMessage systemMessage)
            {
                if (systemMessage is DeathWatchNotification notification)
                {
                    _remoting.Watcher.OnDeathNotification(notification.Actor);
                }

                recipient.SendSystemMessage(systemMessage);
            }
            else
            {
                recipient.Tell(message, sender);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // E.g. a bounded mailbox with overflow-strategy = fail: the sender is remote, so it is only logged.
            RemoteLog.DeserializationFailed(_remoting.Logger, association.RemoteAddress, recipient.Path.ToString(), "delivery failed: " + e.Message);
        }
    }

    /// <summary>The manifest string; a connection carries few distinct ones, so they are decoded once.</summary>
    private string Manifest(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return "";
        }

        if (!_manifests.TryGet(bytes, out var manifest))
        {
            manifest = System.Text.Encoding.UTF8.GetString(bytes);
            _manifests.Add(manifest, manifest);
        }

        return manifest;
    }

    /// <summary>The local recipient; resolved ones are cached per connection (streams repeat a few recipients).</summary>
    private IInternalActorRef? ResolveRecipient(ReadOnlySpan<byte> bytes)
    {
        if (_recipients.TryGet(bytes, out var cached) && !cached.IsTerminated)
        {
            return cached;
        }

        var text = System.Text.Encoding.UTF8.GetString(bytes);
        if (!ActorPath.TryParse(text, out var path) || !_remoting.IsLocalAddress(path.Address))
        {
            RemoteLog.NonLocalRecipient(_remoting.Logger, text, _remoting.Address);
            return null;
        }

        var resolved = _remoting.ResolveInternal(path);

        // A missing actor is not cached: it may be created later under the same path, and later
        // messages must reach it (a node often hears from peers before its services have started).
        if (resolved is not EmptyLocalRef)
        {
            _recipients.Add(text, resolved);
        }

        return resolved;
    }

    private IActorRef? ResolveSender(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return null;
        }

        if (_senders.TryGet(bytes, out var cached))
        {
            return cached;
        }

        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var sender = _remoting.Refs.FromWire(text);
        if (sender is not null and not EmptyLocalRef)
        {
            _senders.Add(text, sender);
        }

        return sender;
    }
}
