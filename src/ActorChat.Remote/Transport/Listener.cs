using System.Net;
using System.Net.Sockets;

namespace ActorChat.Remote.Transport;

/// <summary>
/// Accepts connections and hands each to its own <see cref="Connection"/> task; it never sees a
/// connection's failure. Caps concurrent inbound connections and backs off on accept errors.
/// </summary>
internal sealed class Listener : IDisposable
{
    private readonly Remoting _remoting;
    private readonly Socket _socket;
    private int _inbound;

    public Listener(Remoting remoting, IPAddress bindTo, int port)
    {
        _remoting = remoting;
        _socket = new Socket(bindTo.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        _socket.Bind(new IPEndPoint(bindTo, port));
        _socket.Listen(512);
        BoundEndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    public IPEndPoint BoundEndPoint { get; }

    public void Start() => _ = AcceptLoopAsync();

    public void Dispose() => _socket.Dispose();

    private async Task AcceptLoopAsync()
    {
        var token = _remoting.ShutdownToken;
        while (!token.IsCancellationRequested)
        {
            Socket accepted;
            try
            {
                accepted = await _socket.AcceptAsync(token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException e)
            {
                RemoteLog.AcceptFailed(_remoting.Logger, e, _remoting.Address);
                await Task.Delay(100, CancellationToken.None).ConfigureAwait(false);
                continue;
            }

            if (Interlocked.Increment(ref _inbound) > _remoting.Settings.MaxInboundConnections)
            {
                Interlocked.Decrement(ref _inbound);
                RemoteLog.InboundLimit(_remoting.Logger, accepted.RemoteEndPoint?.ToString() ?? "?", _remoting.Settings.MaxInboundConnections);
                accepted.Dispose();
                continue;
            }

            _ = RunAsync(accepted);
        }
    }

    private async Task RunAsync(Socket accepted)
    {
        try
        {
            await Connection.RunInboundAsync(_remoting, accepted).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inbound);
        }
    }
}
