using System.Net.Sockets;
using ActorChat.Chat.Connections;

namespace ActorChat.Chat.Management.Hosting;

/// <summary>
/// Writes: one socket write at a time, the rest queued; an optional action runs once its bytes are
/// out (node shutdown starts only after its reply left). Past MaxQueuedBytes the CLI is not reading
/// (e.g. a stream it ignores) and is disconnected, so it cannot grow the node's memory.
/// </summary>
internal sealed partial class CmdConnection
{
    private readonly Queue<(byte[] Bytes, Action? After)> _writes = new();
    private long _queuedBytes;
    private bool _writing;
    private bool _closeAfterWrites;
    private Action? _inFlightAfter;

    private void Write(byte[] bytes, Action? after = null)
    {
        if (_closeAfterWrites)
        {
            return;
        }

        _queuedBytes += bytes.Length;
        if (_queuedBytes > MaxQueuedBytes)
        {
            Stop("too slow: output not read");
            return;
        }

        _writes.Enqueue((bytes, after));
        StartWrite();
    }

    private void StartWrite()
    {
        if (_writing || !_writes.TryDequeue(out var next))
        {
            return;
        }

        _writing = true;
        _queuedBytes -= next.Bytes.Length;
        _inFlightAfter = next.After;
        SocketWrites.SendAllAsync(_socket, next.Bytes).PipeTo(Self, success: () => new CmdWriteDone(null), failure: e => new CmdWriteDone(e));
    }

    private void OnWriteDone(CmdWriteDone done)
    {
        _writing = false;
        var after = _inFlightAfter;
        _inFlightAfter = null;
        after?.Invoke();
        if (done.Error is not null)
        {
            Stop("write failed: " + done.Error.Message);
            return;
        }

        if (_writes.Count > 0)
        {
            StartWrite();
        }
        else if (_closeAfterWrites)
        {
            FinishClose();
        }
    }

    /// <summary>Stop taking requests; close once every queued byte is written.</summary>
    private void CloseAfterWrites(string reason)
    {
        if (_closeAfterWrites)
        {
            return;
        }

        // Set after the final line was queued: later writes (stream notifications) are dropped.
        _closeAfterWrites = true;
        _endReason = reason;
        _reader?.Stop();
        if (!_writing && _writes.Count == 0)
        {
            FinishClose();
        }
    }

    private void FinishClose()
    {
        try
        {
            _socket.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
            // The CLI is already gone.
        }

        Context.Stop(Self);
    }
}
