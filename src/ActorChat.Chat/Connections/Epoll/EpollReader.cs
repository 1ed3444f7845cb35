using System.Net.Sockets;
using ActorChat.Chat.Protocol;

namespace ActorChat.Chat.Connections.Epoll;

/// <summary>
/// The reader of one connection on the shared <see cref="EpollPoller"/>: on readability it reads the
/// non-blocking socket until it would block, frames lines and Tells them, within its credits. Out of
/// credits it stops reading (TCP then pushes back on the client) and resumes when the actor returns
/// one. All state changes happen under one lock, taken by the poller thread or the actor's thread.
/// </summary>
internal sealed class EpollReader : IConnectionReader
{
    // Bounds one wake-up's work so a flooding client cannot hold the poller thread from the others;
    // the one-shot registration fires again at once if data is left.
    private const int MaxReadsPerWakeup = 8;

    private readonly Socket _socket;
    private readonly IActorRef _owner;
    private readonly EpollPoller _poller;
    private readonly LineFramer _framer;
    private readonly Lock _gate = new();
    private int _credits;
    private bool _waitingForCredit;
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
                Pump();
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

    /// <summary>Called on the poller thread when the socket has data, EOF or an error.</summary>
    public void OnReadable()
    {
        lock (_gate)
        {
            if (!_ended)
            {
                Pump();
            }
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

            if (reads++ == MaxReadsPerWakeup)
            {
                Rearm();
                return;
            }

            int read;
            SocketError error;
            try
            {
                read = _socket.Receive(_framer.WritableMemory().Span, SocketFlags.None, out error);
            }
            catch (ObjectDisposedException e)
            {
                End(ReaderEndReason.Faulted, e);
                return;
            }

            if (error == SocketError.WouldBlock)
            {
                _framer.ReleaseIfEmpty();
                Rearm();
                return;
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
        }
    }

    private void Rearm()
    {
        if (_poller.Rearm(this) is var errno and not 0)
        {
            End(ReaderEndReason.Faulted, new SocketException(errno));
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
