using System.Net;
using System.Net.Sockets;
using ActorChat.Actors;
using ActorChat.Remote.Associations;

namespace ActorChat.Remote.Transport;

/// <summary>
/// One TCP connection: handshake, then a read loop (frames → local actors) and a write loop (the
/// association's queue → batched socket writes). Its failure closes only itself; the association
/// decides whether to reconnect. Never throws to its starter.
/// </summary>
internal sealed partial class Connection : IDisposable
{
    private readonly Remoting _remoting;
    private readonly Socket _socket;
    private Stream _stream;
    private FrameReader _reader;
    private readonly CancellationTokenSource _cts;
    private RemoteAssociation? _association;
    private string _closeReason = "closed";
    private int _closed;

    private Connection(Remoting remoting, Socket socket, bool inbound)
    {
        _remoting = remoting;
        _socket = socket;
        socket.NoDelay = remoting.Settings.TcpNoDelay;
        _stream = new NetworkStream(socket, ownsSocket: true);
        _reader = new FrameReader(_stream, remoting.Settings.MaximumFrameSize);
        _cts = CancellationTokenSource.CreateLinkedTokenSource(remoting.ShutdownToken);
        Inbound = inbound;
        Endpoint = socket.RemoteEndPoint?.ToString() ?? "?";
        remoting.OnConnectionStarted(this);
    }

    public bool Inbound { get; }

    /// <summary>The peer's IP:port (before the handshake names its address).</summary>
    public string Endpoint { get; }

    private string PeerName => _association?.RemoteAddress.ToString() ?? Endpoint;

    public static async Task RunOutboundAsync(Remoting remoting, RemoteAssociation association)
    {
        var target = association.RemoteAddress;
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            using var timeout = new Deadline(remoting.Settings.ConnectionTimeout, remoting.System.TimeProvider, remoting.ShutdownToken);
            await socket.ConnectAsync(target.Host!, target.Port!.Value, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ArgumentException)
        {
            socket.Dispose();
            association.OnConnectFailed(e.Message, gate: !remoting.IsShuttingDown);
            return;
        }

        var connection = new Connection(remoting, socket, inbound: false);
        await connection.RunAsync(association).ConfigureAwait(false);
    }

    public static Task RunInboundAsync(Remoting remoting, Socket socket) =>
        new Connection(remoting, socket, inbound: true).RunAsync(null);

    /// <summary>Closes the connection (idempotent); loops end, the association hears about it.</summary>
    public void Close(string reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1)
        {
            return;
        }

        _closeReason = reason;
        _cts.Cancel();
        _socket.Dispose();
    }

    public void Dispose()
    {
        Close(_closeReason);
        _stream.Dispose();
        _reader.Dispose();
        _cts.Dispose();
    }

    private async Task RunAsync(RemoteAssociation? outboundTo)
    {
        try
        {
            if (_remoting.Tls is { } tls && !await StartTlsAsync(tls, outboundTo).ConfigureAwait(false))
            {
                return;
            }

            _association = outboundTo is null
                ? await AcceptHandshakeAsync().ConfigureAwait(false)
                : await ConnectHandshakeAsync(outboundTo).ConfigureAwait(false);
            if (_association is null)
            {
                return;
            }

            var writing = WriteLoopAsync(_association);
            await ReadLoopAsync(_association).ConfigureAwait(false);
            Close(_closeReason);
            await writing.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Socket errors and cancellations end this connection only.
            if (Volatile.Read(ref _closed) == 0)
            {
                RemoteLog.ConnectionFailed(_remoting.Logger, e, PeerName);
                Close(e.GetType().Name + ": " + e.Message);
            }
        }
        finally
        {
            Dispose();
            if (_association is { } association)
            {
                RemoteLog.Disassociated(_remoting.Logger, association.RemoteAddress, _closeReason);
                association.OnConnectionClosed(this);
            }
            else if (outboundTo is not null)
            {
                outboundTo.OnConnectFailed(_closeReason, gate: _refusedGate);
            }

            _remoting.OnConnectionEnded(this);
        }
    }

}
