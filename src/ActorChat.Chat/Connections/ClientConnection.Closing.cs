using System.Net.Sockets;
using ActorChat.Actors.Scheduling;
using ActorChat.Chat.Protocol;

namespace ActorChat.Chat.Connections;

/// <summary>
/// Closing: stop reading, write what is owed (plus an optional final line), half-close, stop.
/// Error closes (invalid name, name taken, too slow) are bounded by close-timeout; the shutdown
/// close is bounded by the service-stop phase instead, so a slow reader still gets everything.
/// </summary>
internal sealed partial class ClientConnection
{
    private ICancelable? _closeTimer;

    private void BeginClose(string? finalLine, string reason, bool bounded = true)
    {
        if (finalLine is not null)
        {
            Send(finalLine);
        }

        _closing = true;
        _endReason = reason;
        _reader?.Stop();
        if (bounded)
        {
            _closeTimer ??= Context.System.Scheduler.ScheduleTellOnceCancelable(_settings.CloseTimeout, Self, ForceClose.Instance, Self);
        }

        if (!_writing && !_flushQueued)
        {
            if (PendingCount > 0)
            {
                StartWrite();
            }
            else
            {
                FinishClose();
            }
        }
    }

    private void FinishClose()
    {
        try
        {
            // FIN after the last byte, so the client reads everything and then EOF.
            _socket.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
            // Already reset by the peer: nothing left to deliver.
        }

        Context.Stop(Self);
    }

    private void OnStopReading()
    {
        if (_closing)
        {
            Sender.Tell(ReadingStopped.Instance);
            return;
        }

        Send(ChatProtocol.ShuttingDown);
        if (_readerEnded)
        {
            Sender.Tell(ReadingStopped.Instance);
            return;
        }

        _stopReadingWaiter = Sender;
        _reader?.Stop();
    }

    private void OnCloseGracefully()
    {
        _closedWaiter = Sender;
        if (!_closing)
        {
            BeginClose(null, "server shutting down", bounded: false);
        }
    }
}
