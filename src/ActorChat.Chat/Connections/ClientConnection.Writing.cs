using System.Buffers;
using System.Net.Sockets;
using System.Text;
using ActorChat.Chat.Logging;
using ActorChat.Chat.Protocol;

namespace ActorChat.Chat.Connections;

/// <summary>
/// The writer side. Deliveries are appended to the pending batch. A write starts when the mailbox has
/// been worked through (a <see cref="FlushNow"/> queued behind the deliveries), when the batch
/// reaches flush-threshold, or when the previous write finished — so under load one syscall carries
/// many lines. Bytes waiting (pending + in flight) are bounded by outbound-buffer-limit: past it the
/// client is evicted with "error: too slow".
/// </summary>
/// <remarks>
/// Memory: an idle connection holds no write buffer. A batch of one line is the broker's shared
/// array itself (no copy); only a second line rents a pooled buffer, returned when its write is done.
/// A send the kernel takes at once (the usual case on a healthy connection) completes inline, with
/// no task, no message and no socket event args.
/// </remarks>
internal sealed partial class ClientConnection
{
    private byte[]? _single;
    private byte[]? _pendingBuffer;
    private int _pendingLength;
    private byte[]? _inFlightBuffer;
    private int _inFlightLength;
    private bool _writing;
    private bool _flushQueued;
    private bool _closing;
    private bool _evicted;

    private int PendingCount => _single?.Length ?? _pendingLength;

    private void Send(string line)
    {
        if (line.StartsWith("error:", StringComparison.Ordinal))
        {
            _stats.OnError();
        }

        Append(Encoding.UTF8.GetBytes(line + "\n"));
    }

    private void Append(byte[] bytes)
    {
        if (_closing && _evicted)
        {
            return;
        }

        var waiting = (long)PendingCount + _inFlightLength + bytes.Length;
        if (waiting > _settings.OutboundBufferLimit && !_closing)
        {
            Evict(waiting);
            return;
        }

        AddPending(bytes);
        if (_writing)
        {
            return;
        }

        if (PendingCount >= _settings.FlushThreshold)
        {
            StartWrite();
        }
        else if (!_flushQueued)
        {
            _flushQueued = true;
            if (_flusher is null)
            {
                Self.Tell(FlushNow.Instance);
            }
            else
            {
                _flusher.Request(Self);
            }
        }
    }

    private void AddPending(byte[] bytes)
    {
        if (_single is null && _pendingBuffer is null)
        {
            _single = bytes;
            return;
        }

        if (_single is not null)
        {
            _pendingBuffer = ArrayPool<byte>.Shared.Rent(Math.Max(512, 2 * (_single.Length + bytes.Length)));
            _single.CopyTo(_pendingBuffer, 0);
            _pendingLength = _single.Length;
            _single = null;
        }

        if (_pendingLength + bytes.Length > _pendingBuffer!.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(2 * _pendingBuffer.Length, _pendingLength + bytes.Length));
            _pendingBuffer.AsSpan(0, _pendingLength).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_pendingBuffer);
            _pendingBuffer = larger;
        }

        bytes.CopyTo(_pendingBuffer, _pendingLength);
        _pendingLength += bytes.Length;
    }

    private void DropPending()
    {
        if (_pendingBuffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_pendingBuffer);
        }

        _pendingBuffer = null;
        _pendingLength = 0;
        _single = null;
    }

    private void Evict(long waiting)
    {
        _stats.OnSlowConsumer();
        _log.SlowConsumer(_name ?? _remote, waiting, _settings.OutboundBufferLimit);
        DropPending();
        _single = Encoding.UTF8.GetBytes(ChatProtocol.TooSlow + "\n");
        _evicted = true;
        BeginClose(null, "too slow");
    }

    private void OnFlushNow()
    {
        _flushQueued = false;
        if (_writing)
        {
            return;
        }

        if (PendingCount > 0)
        {
            StartWrite();
        }
        else if (_closing)
        {
            FinishClose();
        }
    }

    private void StartWrite()
    {
        ReadOnlyMemory<byte> data;
        if (_single is not null)
        {
            data = _single;
            _inFlightBuffer = null;
        }
        else
        {
            data = _pendingBuffer.AsMemory(0, _pendingLength);
            _inFlightBuffer = _pendingBuffer;
        }

        _inFlightLength = data.Length;
        _single = null;
        _pendingBuffer = null;
        _pendingLength = 0;
        _writing = true;
        Write(data);
    }

    private void Write(ReadOnlyMemory<byte> data)
    {
        // The socket is non-blocking (see PreStart): a plain send either takes bytes now or says
        // WouldBlock. Only a client whose receive window is full costs an async send and its buffers.
        while (true)
        {
            int sent;
            SocketError error;
            try
            {
                sent = _socket.Send(data.Span, SocketFlags.None, out error);
            }
            catch (ObjectDisposedException e)
            {
                OnWriteDone(new WriteDone(e));
                return;
            }

            if (error == SocketError.WouldBlock)
            {
                SocketWrites.SendAllAsync(_socket, data).PipeTo(Self, success: () => WriteDone.Ok, failure: e => new WriteDone(e));
                return;
            }

            if (error != SocketError.Success)
            {
                OnWriteDone(new WriteDone(new SocketException((int)error)));
                return;
            }

            data = data[sent..];
            if (data.IsEmpty)
            {
                OnWriteDone(WriteDone.Ok);
                return;
            }
        }
    }

    private void OnWriteDone(WriteDone done)
    {
        _writing = false;
        _inFlightLength = 0;
        if (_inFlightBuffer is not null)
        {
            // The send is over, so the socket no longer reads this buffer.
            ArrayPool<byte>.Shared.Return(_inFlightBuffer);
            _inFlightBuffer = null;
        }

        if (done.Error is not null)
        {
            _log.WriteFailed(_name ?? _remote, done.Error.Message);
            Stop("write failed");
            return;
        }

        if (PendingCount > 0)
        {
            StartWrite();
        }
        else if (_closing)
        {
            FinishClose();
        }
    }
}
