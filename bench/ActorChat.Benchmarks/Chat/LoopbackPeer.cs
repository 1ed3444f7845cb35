using System.Net;
using System.Net.Sockets;

namespace ActorChat.Benchmarks.Chat;

/// <summary>
/// One loopback TCP connection (127.0.0.1, a free port; the listener is closed once the pair is
/// made): <see cref="Server"/> goes to the connection actor, the other end reads here and counts its
/// receive calls.
/// </summary>
internal sealed class LoopbackPeer : IDisposable
{
    private readonly Socket _client;
    private readonly byte[] _buffer = new byte[256 * 1024];

    private LoopbackPeer(Socket server, Socket client)
    {
        Server = server;
        _client = client;
    }

    public Socket Server { get; }

    /// <summary>Receive calls that returned data, since creation.</summary>
    public long Receives { get; private set; }

    public static async Task<LoopbackPeer> CreateAsync(CancellationToken cancellationToken = default)
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var accept = listener.AcceptAsync(cancellationToken);
        await client.ConnectAsync(listener.LocalEndPoint!, cancellationToken);
        var server = await accept;

        // As the chat listener sets up every accepted client socket.
        server.NoDelay = true;
        return new LoopbackPeer(server, client);
    }

    /// <summary>Reads exactly <paramref name="bytes"/> bytes; end of stream before that is an error (e.g. an eviction).</summary>
    public async Task ReadAsync(long bytes, CancellationToken cancellationToken = default)
    {
        while (bytes > 0)
        {
            var read = await _client.ReceiveAsync(_buffer.AsMemory(0, (int)Math.Min(bytes, _buffer.Length)), SocketFlags.None, cancellationToken);
            if (read == 0)
            {
                throw new InvalidOperationException($"the server closed with {bytes} bytes still expected");
            }

            Receives++;
            bytes -= read;
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        Server.Dispose();
    }
}
