using System.Net;
using System.Net.Sockets;

namespace ActorChat.Chat.Tests.Connections;

/// <summary>Two ends of one loopback TCP connection: <see cref="Server"/> for the actor, a client for the test.</summary>
public sealed class SocketPair : IDisposable
{
    private readonly Socket _client;

    private SocketPair(Socket server, Socket client)
    {
        Server = server;
        _client = client;
    }

    public Socket Server { get; }

    public static async Task<SocketPair> CreateAsync()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var accept = listener.AcceptAsync();
        await client.ConnectAsync(listener.LocalEndPoint!).WaitAsync(LineClient.Bound);
        return new SocketPair(await accept.WaitAsync(LineClient.Bound), client);
    }

    public LineClient Client() => LineClient.FromSocket(_client);

    public void Dispose()
    {
        _client.Dispose();
        Server.Dispose();
    }
}
