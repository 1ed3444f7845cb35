using System.Threading.Channels;
using ActorChat.Actors;
using ActorChat.Actors.Dispatch.SysMsg;
using ActorChat.Remote.Transport;

namespace ActorChat.Remote.Associations;

/// <summary>
/// Everything this node keeps about one remote address, across connections: the outbound queue
/// (user messages bounded by outbound-queue-size, dropped and counted beyond), the sequenced system
/// messages not yet acked, the incoming system sequence, the current connection and the peer's UID.
/// One connection at a time carries traffic both ways; see <see cref="TryAttach"/> for which one wins
/// when both sides connect at once.
/// </summary>
internal sealed partial class RemoteAssociation
{
    private readonly Remoting _remoting;
    private readonly Lock _lock = new();
    private readonly Channel<OutboundEnvelope> _queue =
        Channel.CreateUnbounded<OutboundEnvelope>(new UnboundedChannelOptions { SingleWriter = false, SingleReader = false });

    private readonly Queue<(long Seq, byte[] Frame)> _unacked = new();
    private int _queuedUser;
    private Connection? _current;
    private bool _connecting;
    private long _gatedUntil;
    private long _remoteUid;
    private long _nextSeq = 1;
    private long _inSenderUid;
    private long _inExpected;
    private long _messagesOut;
    private long _messagesIn;
    private long _bytesOut;
    private long _bytesIn;
    private long _drops;

    public RemoteAssociation(Remoting remoting, Address remoteAddress)
    {
        _remoting = remoting;
        RemoteAddress = remoteAddress;
    }

    public Address RemoteAddress { get; }

    public ChannelReader<OutboundEnvelope> Outbound => _queue.Reader;

    public long RemoteUid => Volatile.Read(ref _remoteUid);

    /// <summary>Connected with messages still waiting to be written (what a shutdown flush waits for).</summary>
    public bool HasPendingOutbound => Volatile.Read(ref _current) is not null && _queue.Reader.Count > 0;

    /// <summary>The user message was taken off the queue by a writer.</summary>
    public void OnUserDequeued() => Interlocked.Decrement(ref _queuedUser);

    public void SendUser(IActorRef recipient, object message, IActorRef? sender)
    {
        if (IsGated())
        {
            Drop(message, "gated");
            return;
        }

        if (Interlocked.Increment(ref _queuedUser) > _remoting.Settings.OutboundQueueSize)
        {
            Interlocked.Decrement(ref _queuedUser);
            var drops = Interlocked.Increment(ref _drops);
            if (drops == 1 || drops % 1000 == 0)
            {
                RemoteLog.QueueFull(_remoting.Logger, RemoteAddress, _remoting.Settings.OutboundQueueSize, message.GetType(), drops);
            }

            return;
        }

        _queue.Writer.TryWrite(OutboundEnvelope.User(recipient, message, sender));
        EnsureConnected();
    }

    /// <summary>Queues a system message with the next sequence number; kept until acked, resent on reconnect.</summary>
    public void SendSystem(IActorRef recipient, ISystemMessage message)
    {
        lock (_lock)
        {
            if (_unacked.Count >= _remoting.Settings.SystemMessageBufferSize)
            {
                RemoteLog.SystemBufferFull(_remoting.Logger, RemoteAddress, _remoting.Settings.SystemMessageBufferSize, message.GetType());
                return;
            }

            var seq = _nextSeq;
            var frame = _remoting.Codec.EncodeSystemFrame(seq, recipient, message);
            if (frame is null)
            {
                return;
            }

            _nextSeq++;
            _unacked.Enqueue((seq, frame));
            _queue.Writer.TryWrite(OutboundEnvelope.Control(frame));
        }

        EnsureConnected();
    }

    /// <summary>A ready-made frame (ack, heartbeat, goodbye); not bounded, never dropped by the queue.</summary>
    public void SendControl(byte[] frame, bool connect)
    {
        _queue.Writer.TryWrite(OutboundEnvelope.Control(frame));
        if (connect)
        {
            EnsureConnected();
        }
    }

    public void OnAck(long seq)
    {
        lock (_lock)
        {
            while (_unacked.TryPeek(out var head) && head.Seq <= seq)
            {
                _unacked.Dequeue();
            }
        }
    }

    /// <summary>Whether an incoming system message is the next one (deliver) and the cumulative ack to send.</summary>
    public (bool Deliver, long Ack) OnSystemReceived(long senderUid, long seq)
    {
        lock (_lock)
        {
            // A new sender incarnation (or our own restart) starts a new sequence: the sender resends
            // its unacked messages in order on every new connection, so the first one seen is the base.
            if (senderUid != _inSenderUid)
            {
                _inSenderUid = senderUid;
                _inExpected = seq;
            }

            var deliver = seq == _inExpected;
            if (deliver)
            {
                _inExpected++;
            }

            return (deliver, _inExpected - 1);
        }
    }

    /// <summary>Frames of every unacked system message, oldest first (written first on each new connection).</summary>
    public byte[][] UnackedFrames()
    {
        lock (_lock)
        {
            return [.. _unacked.Select(u => u.Frame)];
        }
    }

    /// <summary>Re-queues unacked system messages on an open connection (the receiver drops duplicates).</summary>
    public void ResendUnacked()
    {
        lock (_lock)
        {
            if (_current is null)
            {
                return;
            }

            foreach (var (_, frame) in _unacked)
            {
                _queue.Writer.TryWrite(OutboundEnvelope.Control(frame));
            }
        }
    }

    public void CountOut(int messages, int bytes)
    {
        Interlocked.Add(ref _messagesOut, messages);
        Interlocked.Add(ref _bytesOut, bytes);
    }

    public void CountIn(int bytes)
    {
        Interlocked.Increment(ref _messagesIn);
        Interlocked.Add(ref _bytesIn, bytes);
    }

    public void CountDrop() => Interlocked.Increment(ref _drops);

    public AssociationInfo Snapshot(double phi)
    {
        AssociationState state;
        lock (_lock)
        {
            state = _current is not null ? AssociationState.Active
                : _connecting ? AssociationState.Connecting
                : _remoteUid != 0 && _remoting.Quarantine.Contains(RemoteAddress, _remoteUid) ? AssociationState.Quarantined
                : Environment.TickCount64 < _gatedUntil ? AssociationState.Gated
                : AssociationState.Idle;
        }

        return new AssociationInfo(RemoteAddress, state, RemoteUid, Interlocked.Read(ref _messagesOut), Interlocked.Read(ref _messagesIn),
            Interlocked.Read(ref _bytesOut), Interlocked.Read(ref _bytesIn), Interlocked.Read(ref _drops), phi);
    }

    /// <summary>The connection carrying traffic now, or null when not connected.</summary>
    public Connection? Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    private bool IsGated()
    {
        // Lock-free fast path for the common case (a live connection): every user message asks.
        if (Volatile.Read(ref _current) is not null)
        {
            return false;
        }

        lock (_lock)
        {
            return _current is null && !_connecting && Environment.TickCount64 < _gatedUntil;
        }
    }

    private void Drop(object message, string state)
    {
        var drops = Interlocked.Increment(ref _drops);
        RemoteLog.DroppedNotConnected(_remoting.Logger, message.GetType(), RemoteAddress, state, drops);
    }
}
