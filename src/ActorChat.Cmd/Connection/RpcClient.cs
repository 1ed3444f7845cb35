using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace ActorChat.Cmd.Connection;

/// <summary>
/// A JSON-RPC 2.0 connection to a node's management endpoint: one JSON object per line. One reader
/// loop completes calls by id and queues notifications (stream items) for <see cref="Notifications"/>.
/// </summary>
internal sealed class RpcClient : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly StreamReader _reader;
    private readonly Stream _stream;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<RpcReply?>> _pending = new();
    private readonly Channel<JsonElement> _notifications = Channel.CreateUnbounded<JsonElement>();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private long _nextId;
    private Task? _loop;

    private RpcClient(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
        _reader = new StreamReader(_stream, new UTF8Encoding(false));
    }

    public ChannelReader<JsonElement> Notifications => _notifications.Reader;

    /// <summary>Connects within <paramref name="timeout"/>; null with a reason when it cannot.</summary>
    public static async Task<(RpcClient? Client, string? Error)> ConnectAsync(string host, int port, TimeSpan timeout)
    {
        var tcp = new TcpClient { NoDelay = true };
        try
        {
            using var cts = new CancellationTokenSource(timeout);
            await tcp.ConnectAsync(host, port, cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            tcp.Dispose();
            return (null, e is OperationCanceledException ? "timed out" : e.Message);
        }

        var client = new RpcClient(tcp);
        client._loop = Task.Run(client.ReadLoopAsync);
        return (client, null);
    }

    /// <summary>Calls <paramref name="method"/>; the status says whether a reply came.</summary>
    public async Task<(CallStatus Status, RpcReply? Reply)> CallAsync(string method, IReadOnlyDictionary<string, object?>? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var waiter = new TaskCompletionSource<RpcReply?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = waiter;
        var line = JsonSerializer.Serialize(new Dictionary<string, object?> { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters ?? new Dictionary<string, object?>() });
        try
        {
            await _writeGate.WaitAsync().ConfigureAwait(false);
            try
            {
                await _stream.WriteAsync(Encoding.UTF8.GetBytes(line + "\n")).ConfigureAwait(false);
            }
            finally
            {
                _writeGate.Release();
            }

            var reply = await waiter.Task.WaitAsync(timeout).ConfigureAwait(false);
            return reply is null ? (CallStatus.ConnectionClosed, null) : (CallStatus.Replied, reply);
        }
        catch (TimeoutException)
        {
            return (CallStatus.TimedOut, null);
        }
        catch (IOException)
        {
            return (CallStatus.ConnectionClosed, null);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _tcp.Dispose();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        _reader.Dispose();
        _stop.Dispose();
        _writeGate.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await _reader.ReadLineAsync(_stop.Token).ConfigureAwait(false) is { } line)
            {
                Dispatch(line);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The connection ended; pending calls learn it below.
        }

        _notifications.Writer.TryComplete();
        foreach (var waiter in _pending.Values)
        {
            waiter.TrySetResult(null);
        }
    }

    private void Dispatch(string line)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return;
        }

        if (root.TryGetProperty("method", out _))
        {
            _notifications.Writer.TryWrite(root);
            return;
        }

        if (!root.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.Number || !_pending.TryGetValue(idElement.GetInt64(), out var waiter))
        {
            // An error without an id (e.g. "request too large") fails every pending call.
            if (root.TryGetProperty("error", out var orphan))
            {
                foreach (var pending in _pending.Values)
                {
                    pending.TrySetResult(ErrorReply(orphan));
                }
            }

            return;
        }

        waiter.TrySetResult(root.TryGetProperty("error", out var error) ? ErrorReply(error) : new RpcReply(root.GetProperty("result"), null, null));
    }

    private static RpcReply ErrorReply(JsonElement error) =>
        new(null, error.TryGetProperty("code", out var c) ? c.GetInt32() : -32603, error.TryGetProperty("message", out var m) ? m.GetString() : "error");
}
