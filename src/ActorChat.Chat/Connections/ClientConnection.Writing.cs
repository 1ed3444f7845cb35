using System.Buffers;
using System.Text;
using ActorChat.Chat.Logging;
using ActorChat.Chat.Protocol;

namespace ActorChat.Chat.Connections;

/// <summary>
/// The writer side. Deliveries are appended to <c>_pending</c>. A write starts when the mailbox has
/// been worked through (a <see cref="FlushNow"/> queued behind the deliveries), when the batch
/// reaches flush-threshold, or when the previous write finished — so under load one syscall carries
/// many lines. Bytes waiting (pending + in flight) are bounded by outbound-buffer-limit: past it the
/// client is evicted with "error: too slow".
/// </summary>
internal sealed partial class ClientConnection
{
    private ArrayBufferWriter<byte> _pending;
    private ArrayBufferWriter<byte> _inFlight;
    private bool _writing;
    private bool _flushQueued;
    private bool _closing;
    private bool _evicted;

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

        var waiting = (long)_pending.WrittenCount + _inFlight.WrittenCount + bytes.Length;
        if (waiting > _settings.OutboundBufferLimit && !_closing)
        {
            Evict(waiting);
            return;
        }

        _pending.Write(bytes);
        if (_writing)
        {
            return;
        }

        if (_pending.WrittenCount >= _settings.FlushThreshold)
        {
            StartWrite();
        }
        else if (!_flushQueued)
        {
            _flushQueued = true;
            Self.Tell(FlushNow.Instance);
        }
    }

    private void Evict(long waiting)
    {
        _stats.OnSlowConsumer();
        _log.SlowConsumer(_name ?? _remote, waiting, _settings.OutboundBufferLimit);
        _pending.Clear();
        _pending.Write(Encoding.UTF8.GetBytes(ChatProtocol.TooSlow + "\n"));
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

        if (_pending.WrittenCount > 0)
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
        (_pending, _inFlight) = (_inFlight, _pending);
        _writing = true;
        SocketWrites.SendAllAsync(_socket, _inFlight.WrittenMemory).PipeTo(Self, success: () => WriteDone.Ok, failure: e => new WriteDone(e));
    }

    private void OnWriteDone(WriteDone done)
    {
        _writing = false;
        if (done.Error is not null)
        {
            _log.WriteFailed(_name ?? _remote, done.Error.Message);
            Stop("write failed");
            return;
        }

        // Keep memory flat: a buffer that grew for a burst is not kept for the connection's lifetime.
        _inFlight = _inFlight.Capacity > 2 * _settings.FlushThreshold ? new ArrayBufferWriter<byte>(256) : _inFlight;
        _inFlight.Clear();
        if (_pending.WrittenCount > 0)
        {
            StartWrite();
        }
        else if (_closing)
        {
            FinishClose();
        }
    }
}
