using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ActorChat.Chat.Tests;

/// <summary>A loopback line client for in-process service tests; every read is bounded.</summary>
public sealed class LineClient : IDisposable
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly TcpClient _tcp;
    private readonly StreamReader _reader;

    private LineClient(TcpClient tcp)
    {
        _tcp = tcp;
        _reader = new StreamReader(tcp.GetStream(), new UTF8Encoding(false));
    }

    public static async Task<LineClient> ConnectAsync(IPEndPoint endpoint)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(endpoint).WaitAsync(Bound);
        return new LineClient(tcp);
    }

    public static LineClient FromSocket(Socket socket) => new(new TcpClient { Client = socket });

    public static async Task<LineClient> LoginAsync(IPEndPoint endpoint, string name)
    {
        var client = await ConnectAsync(endpoint);
        await client.SendAsync(name);
        Assert.Equal("info: welcome " + name, await client.ReadLineAsync());
        return client;
    }

    public async Task SendAsync(string line) =>
        await _tcp.GetStream().WriteAsync(Encoding.UTF8.GetBytes(line + "\n")).AsTask().WaitAsync(Bound);

    /// <summary>Half-close: FIN to the server, the read side stays open.</summary>
    public void ShutdownSend() => _tcp.Client.Shutdown(SocketShutdown.Send);

    public async Task<string?> ReadLineAsync() => await _reader.ReadLineAsync().WaitAsync(Bound);

    public void Dispose()
    {
        _reader.Dispose();
        _tcp.Dispose();
    }
}
