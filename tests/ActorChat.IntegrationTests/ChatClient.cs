using System.Net.Sockets;
using System.Text;

namespace ActorChat.IntegrationTests;

/// <summary>A line client over loopback TCP; every read is bounded by <see cref="NodeProcess.Bound"/>.</summary>
public sealed class ChatClient : IDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;
    private readonly StreamReader _reader;

    private ChatClient(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
        _reader = new StreamReader(_stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
    }

    /// <summary>Connects; a <paramref name="receiveBufferSize"/> fixes the socket's receive buffer (no autotuning), so a client that does not read backs up the server sooner.</summary>
    public static async Task<ChatClient> ConnectAsync(int port, int? receiveBufferSize = null)
    {
        var tcp = new TcpClient();
        if (receiveBufferSize is { } size)
        {
            tcp.ReceiveBufferSize = size;
        }

        await tcp.ConnectAsync("127.0.0.1", port).WaitAsync(NodeProcess.Bound);
        return new ChatClient(tcp);
    }

    /// <summary>Connects and logs in; asserts the welcome.</summary>
    public static async Task<ChatClient> LoginAsync(int port, string name, int? receiveBufferSize = null)
    {
        var client = await ConnectAsync(port, receiveBufferSize);
        await client.SendAsync(name);
        Assert.Equal("info: welcome " + name, await client.ReadLineAsync());
        return client;
    }

    public Task SendAsync(string line) => SendRawAsync(Encoding.UTF8.GetBytes(line + "\n"));

    public async Task SendRawAsync(byte[] bytes) => await _stream.WriteAsync(bytes).AsTask().WaitAsync(NodeProcess.Bound);

    /// <summary>The next line, or null at EOF.</summary>
    public async Task<string?> ReadLineAsync() => await _reader.ReadLineAsync().WaitAsync(NodeProcess.Bound);

    /// <summary>Reads until EOF; fails if the server does not close within the bound.</summary>
    public async Task<List<string>> ReadToEndAsync()
    {
        var lines = new List<string>();
        while (await ReadLineAsync() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Closes the sending side only (the server sees EOF; we can still read).</summary>
    public void ShutdownSend() => _tcp.Client.Shutdown(SocketShutdown.Send);

    public void Dispose()
    {
        _reader.Dispose();
        _tcp.Dispose();
    }
}
