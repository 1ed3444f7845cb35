using System.Net.Sockets;
using ActorChat.LoadGen.Protocols;

namespace ActorChat.LoadGen.Clients;

/// <summary>
/// One simulated chat user: a socket, its receive loop and its outgoing buffer.
/// Threading: the receive loop runs on socket completions; the message producer is the only
/// writer of the outgoing buffer; socket writes (producer flushes, login, JOIN, PONG) are
/// serialised by one lock so lines never interleave.
/// </summary>
internal sealed partial class ChatClient : ILineSink, IDisposable
{
    /// <summary>Receive buffer of a client that takes part in message traffic.</summary>
    private const int ReceiveBufferSize = 4096;

    private readonly Socket _socket;
    private readonly IChatProtocol _protocol;
    private readonly IClientEvents _events;
    private readonly LineAssembler _lines = new();

    // Null for idle clients (connect scenario): they wait with zero-byte reads and borrow a pooled
    // buffer only while data is there, so 19,000 idle clients cost no receive buffers.
    private readonly byte[]? _receiveBuffer;

    private TaskCompletionSource<bool>? _login;
    private TaskCompletionSource<bool>? _joined;
    private volatile bool _closing;
    private int _ended;
    private int _deliveriesInRead;

    public ChatClient(int index, string name, Socket socket, IChatProtocol protocol, IClientEvents events, bool idle)
    {
        Index = index;
        Name = name;
        _socket = socket;
        _protocol = protocol;
        _events = events;
        _receiveBuffer = idle ? null : new byte[ReceiveBufferSize];
        TargetPrefix = protocol.DirectPrefix(name);
    }

    public int Index { get; }

    public string Name { get; }

    /// <summary>The start of a line that sends a message to this client (built once).</summary>
    public byte[] TargetPrefix { get; }

    /// <summary>The receive loop; completes when the connection ends or is closed.</summary>
    public Task Receiving { get; private set; } = Task.CompletedTask;

    /// <summary>The server's error line that refused the login, if one did.</summary>
    public string? LoginError { get; private set; }

    /// <summary>True once the connection ended or a write failed; later writes are dropped.</summary>
    public bool IsBroken => Volatile.Read(ref _ended) != 0;

    /// <summary>
    /// Starts the receive loop and logs in; true when the server accepted the name. The loop keeps
    /// running after login: it counts deliveries and errors and answers PING.
    /// </summary>
    public async Task<bool> LoginAsync(CancellationToken cancellationToken)
    {
        _login = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        Receiving = ReceiveLoopAsync();
        SendNow(_protocol.Login(Name));
        return await _login.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="join"/> and waits for the end of the channel's NAMES list.</summary>
    public async Task<bool> JoinAsync(byte[] join, CancellationToken cancellationToken)
    {
        _joined = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        SendNow(join);
        return await _joined.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void OnLine(ReadOnlySpan<byte> line)
    {
        switch (_protocol.Classify(line, out var offset))
        {
            case InboundKind.Delivery:
                if (_events.OnDelivery(line[offset..]))
                {
                    _deliveriesInRead++;
                }
                else
                {
                    _events.OnError(this, line);
                }

                break;
            case InboundKind.Error:
                _events.OnError(this, line);

                // Both protocols answer a refused login with an error (name taken, nick in use).
                if (_login is { Task.IsCompleted: false })
                {
                    LoginError = System.Text.Encoding.UTF8.GetString(line);
                    _login.TrySetResult(false);
                }

                break;
            case InboundKind.Ping:
                // Not written here: with inline completions this runs on the runtime's epoll thread,
                // and a write that blocks (full socket, or the producer holding the send lock while
                // its own write waits for that very thread) would stall every socket. PINGs are rare.
                var pong = _protocol.Pong(line[offset..]);
                ThreadPool.QueueUserWorkItem(static state => state.Client.SendNow(state.Pong), (Client: this, Pong: pong), preferLocal: false);
                break;
            case InboundKind.Welcome:
                _login?.TrySetResult(true);
                break;
            case InboundKind.Joined:
                _joined?.TrySetResult(true);
                break;
            default:
                break;
        }
    }

    public void OnLineTooLong() => _events.OnError(this, "loadgen: line over 64 KiB dropped"u8);

    /// <summary>Closes the socket; the receive loop ends quietly.</summary>
    public void Dispose()
    {
        _closing = true;
        _socket.Dispose();
    }

    private void End(string reason)
    {
        if (Interlocked.Exchange(ref _ended, 1) != 0)
        {
            return;
        }

        _login?.TrySetResult(false);
        _joined?.TrySetResult(false);
        if (!_closing)
        {
            _events.OnDisconnected(this, reason);
        }
    }
}
