using System.Net.Sockets;
using System.Security.Cryptography;
using ActorChat.Actors;
using ActorChat.Remote.Handshake;

namespace ActorChat.Remote.Tests.Infrastructure;

/// <summary>A hand-driven TCP peer for feeding a node bad input.</summary>
public sealed class RawPeer : IDisposable
{
    public static readonly Address FakeAddress = new("actorchat.tcp", "R", "127.0.0.1", 1);

    private readonly TcpClient _client = new();

    private RawPeer()
    {
    }

    public NetworkStream Stream => _client.GetStream();

    public static async Task<RawPeer> ConnectAsync(Remoting target)
    {
        var peer = new RawPeer();
        await peer._client.ConnectAsync(target.Address.Host!, target.Address.Port!.Value).WaitAsync(TimeSpan.FromSeconds(10));
        return peer;
    }

    internal static byte[] Hello(string toSystem, byte major = HandshakeCodec.Major, bool secret = false) =>
        HandshakeCodec.EncodeHello(new HelloPdu(major, 0, secret, 4242, FakeAddress, toSystem, RandomNumberGenerator.GetBytes(HandshakeCodec.NonceLength)));

    public async Task SendAsync(byte[] bytes) => await Stream.WriteAsync(bytes).AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Reads until the node closes the connection (or the time runs out); returns what arrived.</summary>
    public async Task<(byte[] Received, bool Closed)> ReadUntilClosedAsync(TimeSpan within)
    {
        using var cts = new CancellationTokenSource(within);
        var received = new MemoryStream();
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var n = await Stream.ReadAsync(buffer, cts.Token);
                if (n == 0)
                {
                    return (received.ToArray(), true);
                }

                received.Write(buffer, 0, n);
            }
        }
        catch (OperationCanceledException)
        {
            return (received.ToArray(), false);
        }
        catch (IOException)
        {
            return (received.ToArray(), true);
        }
    }

    /// <summary>Reads exactly one frame payload (after the handshake Hello, for instance).</summary>
    public async Task<byte[]> ReadFrameAsync(TimeSpan within)
    {
        using var cts = new CancellationTokenSource(within);
        var prefix = new byte[4];
        await Stream.ReadExactlyAsync(prefix, cts.Token);
        var payload = new byte[BitConverter.ToInt32(prefix)];
        await Stream.ReadExactlyAsync(payload, cts.Token);
        return payload;
    }

    public void Dispose() => _client.Dispose();
}
