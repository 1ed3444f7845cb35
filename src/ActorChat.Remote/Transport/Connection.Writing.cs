using ActorChat.Remote.Associations;

namespace ActorChat.Remote.Transport;

/// <summary>
/// The write loop: waits for the queue, then drains as many messages as fit in write-batch-size into
/// one pooled buffer and writes it with one call, so under load one syscall carries many messages.
/// Unacked system messages go first on every new connection. Messages taken off the queue when the
/// connection dies are lost (user messages are at most once; system messages are resent).
/// </summary>
internal sealed partial class Connection
{
    /// <summary>Writing this frame (a goodbye) ends the connection once it is flushed.</summary>
    internal static readonly byte[] GoodbyeShutdownFrame = PduCodec.Goodbye(GoodbyeReason.Shutdown);

    private async Task WriteLoopAsync(RemoteAssociation association)
    {
        var token = _cts.Token;
        var batchLimit = _remoting.Settings.WriteBatchSize;
        using var writer = new WireWriter(batchLimit + 1024);
        try
        {
            foreach (var frame in association.UnackedFrames())
            {
                writer.WriteRaw(frame);
            }

            var queue = association.Outbound;
            var closeAfter = false;
            while (!closeAfter)
            {
                if (writer.Length == 0 && !await queue.WaitToReadAsync(token).ConfigureAwait(false))
                {
                    return;
                }

                var messages = 0;
                while (writer.Length < batchLimit && queue.TryRead(out var envelope))
                {
                    if (envelope.Frame is { } frame)
                    {
                        writer.WriteRaw(frame);
                        closeAfter = ReferenceEquals(frame, GoodbyeShutdownFrame);
                        if (closeAfter)
                        {
                            break;
                        }
                    }
                    else
                    {
                        association.OnUserDequeued();
                        if (_remoting.Codec.TryWriteUser(writer, envelope.Recipient!, envelope.Message!, envelope.Sender))
                        {
                            messages++;
                        }
                        else
                        {
                            association.CountDrop();
                        }
                    }
                }

                if (writer.Length > 0)
                {
                    await _stream.WriteAsync(writer.WrittenMemory, token).ConfigureAwait(false);
                    association.CountOut(messages, writer.Length);
                    writer.Reset();
                }
            }

            _closeReason = "this node is shutting down";
            Close(_closeReason);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or System.Net.Sockets.SocketException)
        {
            Close(Volatile.Read(ref _closed) == 1 ? _closeReason : "write failed: " + e.Message);
        }
    }
}
