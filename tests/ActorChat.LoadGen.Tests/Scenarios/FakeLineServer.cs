using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ActorChat.LoadGen.Tests.Scenarios;

/// <summary>
/// A tiny in-process server speaking ActorChat's line protocol on 127.0.0.1:0, enough to drive the
/// generator end to end: login, routing of <c>a, b: text</c>, unknown-user errors. It can refuse one
/// name and swallow the Nth routed delivery, to prove the generator notices.
/// </summary>
internal sealed class FakeLineServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<string, Peer> _peers = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _tasks = [];
    private readonly Task _accepting;
    private long _routed;

    public FakeLineServer(string? refuseName = null, long dropDelivery = 0)
    {
        RefuseName = refuseName;
        DropDelivery = dropDelivery;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private string? RefuseName { get; }

    /// <summary>1-based number of the routed delivery to swallow; 0 = none.</summary>
    private long DropDelivery { get; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        foreach (var peer in _peers.Values)
        {
            peer.Socket.Dispose();
        }

        await Task.WhenAll(_tasks.Append(_accepting)).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                socket.NoDelay = true;
                lock (_tasks)
                {
                    _tasks.Add(ServeAsync(socket));
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        var peer = new Peer(socket);
        try
        {
            using var reader = new StreamReader(new NetworkStream(socket, ownsSocket: false), Encoding.UTF8);
            var name = await reader.ReadLineAsync(_stop.Token);
            if (name is null || name == RefuseName || !_peers.TryAdd(name, peer))
            {
                peer.Write("error: name taken");
                socket.Dispose();
                return;
            }

            peer.Write("info: welcome " + name);
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var text = line[(colon + 1)..].Trim();
                foreach (var target in line[..colon].Split(',', StringSplitOptions.TrimEntries))
                {
                    if (!_peers.TryGetValue(target, out var recipient))
                    {
                        peer.Write("error: unknown user " + target);
                    }
                    else if (Interlocked.Increment(ref _routed) != DropDelivery)
                    {
                        recipient.Write($"from {name}: {text}");
                    }
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // Connection or server closed.
        }
    }

    private sealed class Peer(Socket socket)
    {
        private readonly Lock _writing = new();

        public Socket Socket => socket;

        /// <summary>Whole lines only: writes from several connections to one peer must not interleave.</summary>
        public void Write(string line)
        {
            var bytes = Encoding.UTF8.GetBytes(line + "\n");
            lock (_writing)
            {
                socket.Send(bytes);
            }
        }
    }
}
