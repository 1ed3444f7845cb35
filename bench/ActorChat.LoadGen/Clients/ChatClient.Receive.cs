using System.Buffers;
using System.Net.Sockets;

namespace ActorChat.LoadGen.Clients;

/// <summary>
/// The receive loop: read, cut into lines, classify, count. One async method with the awaits inline,
/// so its state machine is allocated once per client, not once per read.
/// </summary>
internal sealed partial class ChatClient
{
    private async Task ReceiveLoopAsync()
    {
        try
        {
            while (true)
            {
                int count;
                if (_receiveBuffer is not null)
                {
                    count = await _socket.ReceiveAsync(_receiveBuffer, SocketFlags.None).ConfigureAwait(false);
                    if (count > 0)
                    {
                        Process(_receiveBuffer.AsSpan(0, count));
                    }
                }
                else
                {
                    // Zero-byte read: completes when data (or EOF) is there without holding a buffer meanwhile.
                    await _socket.ReceiveAsync(Memory<byte>.Empty, SocketFlags.None).ConfigureAwait(false);
                    var buffer = ArrayPool<byte>.Shared.Rent(ReceiveBufferSize);
                    try
                    {
                        count = await _socket.ReceiveAsync(buffer, SocketFlags.None).ConfigureAwait(false);
                        if (count > 0)
                        {
                            Process(buffer.AsSpan(0, count));
                        }
                    }
                    finally
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                    }
                }

                if (count == 0)
                {
                    End("closed by the server");
                    return;
                }
            }
        }
        catch (SocketException e)
        {
            End(e.SocketErrorCode.ToString());
        }
        catch (ObjectDisposedException)
        {
            End("closed");
        }
    }

    private void Process(ReadOnlySpan<byte> data)
    {
        _deliveriesInRead = 0;
        _lines.Feed(data, this);
        if (_deliveriesInRead > 0)
        {
            _events.OnDeliveriesReceived(_deliveriesInRead);
        }
    }
}
