using System.Net.Sockets;
using ActorChat.Chat.Protocol;

namespace ActorChat.Chat.Connections.Epoll;

/// <summary>
/// The reader of one connection on the shared <see cref="EpollPoller"/>: on readability it reads the
/// non-blocking socket until it is drained, frames lines and Tells them, within its credits. Out of
/// credits it stops reading (TCP then pushes back on the client) and resumes when the actor returns
/// one. All state changes happen under one lock, taken by the poller thread, the actor's thread, or a
/// pool thread continuing a long read.
/// </summary>
/// <remarks>
/// Edge-triggered: an event comes only when new data arrives, so the reader must not stop on data
/// it has not read unless it comes back by itself (a credit, or a queued continuation). A read that
/// returns less than it asked for means the socket was empty at that moment; data arriving after it
/// raises a new edge, so no further receive (which would only say EAGAIN) is needed — except after a
/// hang-up event: the FIN may have come with the data of the same edge, so then the reader reads on
/// until the receive returns 0.
/// </remarks>
internal sealed class EpollReader : IConnectionReader, IThreadPoolWorkItem
{
    // Bounds one wake-up's work so a flooding client cannot hold the poller thread from the others;
    // the rest is read by a continuation queued behind the other work.
    private const int MaxReadsPerWakeup = 8;

    private readonly Socket _socket;
    private readonly IActorRef _owner;
    private readonly EpollPoller _poller;
    private readonly LineFramer _framer;
    private readonly Lock _gate = new();
    private int _credits;
    private bool _waitingForCredit;
    private bool _drained;
    private bool _hungUp;
    private bool _started;
    private bool _ended;

    public EpollReader(Socket socket, IActorRef owner, EpollPoller poller, int maxLineLength, int readAhead)
    {
        _socket = socket;
        _owner = owner;
        _poller = poller;
        _framer = new LineFramer(maxLineLength);
        _credits = readAhead;
        Fd = (int)socket.SafeHandle.DangerousGetHandle();
    }

    public int Fd { get; }

    /// <summary>Set by the poller at registration.</summary>
    public uint Generation { get; set; }

    public void Start()
    {
        lock (_gate)
        {
            _socket.Blocking = false;
            _started = true;
            if (_poller.Add(this) is var errno and not 0)
            {
                End(ReaderEndReason.Faulted, new SocketException(errno));
            }
        }
    }

    public void ReturnCredit()
    {
        lock (_gate)
        {
            _credits++;
            if (_waitingForCredit && !_ended)
            {
                _waitingForCredit = false;
                SafePump();
            }
        }
    }

    public void Stop()
    {
        lock (_gate)
        {
            End(ReaderEndReason.Stopped, null);
        }
    }

    public void Dispose() => Stop();

    /// <summary>Called on the poller thread when new data, EOF or an error arrived (<paramref name="events"/>: the epoll flags).</summary>
    public void OnReadable(uint events)
    {
        lock (_gate)
        {
            if (!_ended)
            {
                _drained = false;
                _hungUp |= (events & (EpollNative.RdHup | EpollNative.Hup | EpollNative.Err)) != 0;
                SafePump();
            }
        }
    }

    /// <summary>The continuation of a read cut short for fairness.</summary>
    public void Execute()
    {
        lock (_gate)
        {
            if (!_ended && !_waitingForCredit)
            {
                SafePump();
            }
        }
    }

    // Pump runs on the poller thread or a pool thread, where an escaping exception would end the
    // process: anything unexpected ends this one reader as faulted instead.
    private void SafePump()
    {
        try
        {
            Pump();
        }
        catch (Exception e)
        {
            End(ReaderEndReason.Faulted, e);
        }
    }

    private void Pump()
    {
        var reads = 0;
        while (true)
        {
            while (_credits > 0 && _framer.TryRead(out var frame))
            {
                _credits--;
                _owner.Tell(new InboundFrame(frame), ActorRefs.NoSender);
            }

            if (_credits == 0)
            {
                _waitingForCredit = true;
                return;
            }

            if (_drained)
            {
                _framer.ReleaseIfEmpty();
                return;
            }

            if (reads++ == MaxReadsPerWakeup)
            {
                ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
                return;
            }

            var buffer = _framer.WritableMemory().Span;
            int read;
            SocketError error;
            try
            {
                read = _socket.Receive(buffer, SocketFlags.None, out error);
            }
            catch (ObjectDisposedException e)
            {
                End(ReaderEndReason.Faulted, e);
                return;
            }

            if (error == SocketError.WouldBlock)
            {
                _drained = true;
                continue;
            }

            if (error != SocketError.Success)
            {
                End(ReaderEndReason.Faulted, new SocketException((int)error));
                return;
            }

            if (read == 0)
            {
                End(ReaderEndReason.EndOfStream, null);
                return;
            }

            _framer.Advance(read);
            _drained = read < buffer.Length && !_hungUp;
        }
    }

    private void End(ReaderEndReason reason, Exception? error)
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        if (_started)
        {
            _poller.Remove(this);
        }

        _framer.ReleaseIfEmpty();
        _owner.Tell(new ReaderEnded(reason, error), ActorRefs.NoSender);
    }
}
