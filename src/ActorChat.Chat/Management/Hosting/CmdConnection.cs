using System.Globalization;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ActorChat.Chat.Broker;
using ActorChat.Chat.Connections;
using ActorChat.Chat.Management.Logging;
using ActorChat.Chat.Management.Rendering;
using ActorChat.Chat.Management.Rpc;
using ActorChat.Chat.Protocol;

namespace ActorChat.Chat.Management.Hosting;

/// <summary>
/// One CLI connection. Requests are handled one at a time in arrival order (replies come back in
/// order; pipelining is safe, and <c>auth</c> completes before the next request is looked at):
/// <code>
/// line → parse (-32700/-32600 reply, stay open) → auth gate → dispatcher task → CallCompleted
///      → write reply → apply effect (stream start/stop, close, after-reply action) → next line
/// </code>
/// Streams (chat.tail, log.tail) run beside requests as notifications. Writes are queued and bounded
/// (a CLI that stops reading a stream is disconnected). Any end stops the actor; PostStop releases
/// the socket and every subscription.
/// </summary>
internal sealed partial class CmdConnection : ReceiveActor, IDisposable
{
    private const int ReadAhead = 16;
    private const long MaxQueuedBytes = 4 * 1024 * 1024;

    private readonly Socket _socket;
    private readonly ManagementContext _node;
    private readonly string _remote;
    private readonly RpcCall _call;
    private readonly CancellationTokenSource _calls = new();
    private readonly Queue<Frame> _requests = new();
    private readonly Dictionary<long, IDisposable?> _streams = [];
    private readonly HashSet<long> _chatTails = [];
    private SocketReader? _reader;
    private bool _busy;
    private bool _inputEnded;
    private bool _authenticated;
    private bool _tailSubscribed;
    private long _nextSubscription;
    private string _endReason = "closed";

    public CmdConnection(Socket socket, ManagementContext node)
    {
        _socket = socket;
        _node = node;
        _remote = socket.RemoteEndPoint?.ToString() ?? "?";
        _call = new RpcCall(node, _remote, new RecvBuffer());
        _authenticated = node.Settings.Token.Length == 0;

        Receive<InboundFrame>(f =>
        {
            _requests.Enqueue(f.Frame);
            Next();
        });
        Receive<CallCompleted>(OnCompleted);
        Receive<ChatTailEvent>(OnChatTail);
        Receive<LogTailEntry>(OnLogTail);
        Receive<CmdWriteDone>(OnWriteDone);
        Receive<ReaderEnded>(OnReaderEnded);
    }

    public static Props Props(Socket socket, ManagementContext node) => Actors.Props.Create(() => new CmdConnection(socket, node));

    protected override void PreStart()
    {
        _node.Log.ClientConnected(_remote);
        _reader = new SocketReader(_socket, Self, _node.Settings.MaxRequestLength, ReadAhead);
        _reader.Start();
    }

    protected override void PostStop()
    {
        _calls.Cancel();
        _reader?.Stop();
        foreach (var stream in _streams.Values)
        {
            stream?.Dispose();
        }

        if (_tailSubscribed)
        {
            _node.Chat.Refs.Broker.Tell(new UnsubscribeTail(Self));
        }

        _socket.Dispose();
        _node.Log.ClientDisconnected(_remote, _endReason);
    }

    /// <summary>Called by the runtime once the actor instance is discarded.</summary>
    public void Dispose()
    {
        _reader?.Dispose();
        _calls.Dispose();
    }

    private void Next()
    {
        while (!_busy && !_closeAfterWrites && _requests.TryDequeue(out var frame))
        {
            _reader?.ReturnCredit();
            Handle(frame);
        }

        if (!_busy && _requests.Count == 0 && _inputEnded && _streams.Count == 0)
        {
            CloseAfterWrites("end of input");
        }
    }

    private void Handle(Frame frame)
    {
        switch (frame.Kind)
        {
            case FrameKind.TooLong:
                Write(RpcWire.Error(null, new RpcError(RpcErrorCodes.RequestTooLarge, string.Create(CultureInfo.InvariantCulture, $"request too large: more than {_node.Settings.MaxRequestLength} bytes; closing"))));
                CloseAfterWrites("request too large");
                return;
            case FrameKind.InvalidUtf8:
                Write(RpcWire.Error(null, new RpcError(RpcErrorCodes.ParseError, "parse error: invalid UTF-8")));
                return;
        }

        if (string.IsNullOrWhiteSpace(frame.Text))
        {
            return;
        }

        var parsed = RpcRequestParser.Parse(frame.Text);
        if (parsed.Request is not { } request)
        {
            Write(RpcWire.Error(parsed.Id, parsed.Error!));
            return;
        }

        if (!_authenticated && request.Method != "auth")
        {
            _node.Log.AuthRefused(_remote, "no auth before " + request.Method);
            Write(RpcWire.Error(request.Id, new RpcError(RpcErrorCodes.Unauthorized, "unauthorized: call auth with the node's token first")));
            CloseAfterWrites("unauthorized");
            return;
        }

        _busy = true;
        var notification = request.Id is null;
        var self = Self;
        RpcDispatcher.Default.DispatchAsync(request, _call, _calls.Token)
            .PipeTo(self, success: o => new CallCompleted(request.Id, notification, o), failure: e => new CallCompleted(request.Id, notification, RpcOutcome.Fail(new RpcError(RpcErrorCodes.InternalError, "internal error: " + e.Message))));
    }

    private void OnCompleted(CallCompleted completed)
    {
        _busy = false;
        var outcome = completed.Outcome;
        var result = outcome.Result;
        Action? after = null;
        switch (outcome.Effect)
        {
            case StartChatTail or StartLogTail when outcome.Error is null:
                var id = ++_nextSubscription;
                result = new JsonObject { ["subscription"] = id };
                StartStream(id, outcome.Effect);
                break;
            case StopStream stop:
                if (!StopStreamById(stop.Subscription))
                {
                    outcome = RpcOutcome.Fail(RpcError.InvalidParams("invalid params: 'subscription' " + stop.Subscription + " is not an active stream"));
                }

                break;
            case Authenticated:
                _authenticated = true;
                break;
            case AfterReply reply:
                after = reply.Action;
                break;
            case EnableRecv:
                _call.Recv.Enabled = true;
                EnsureTailSubscribed();
                break;
        }

        if (!completed.Notification)
        {
            Write(outcome.Error is { } error ? RpcWire.Error(completed.Id, error) : RpcWire.Result(completed.Id, result), after);
        }
        else
        {
            after?.Invoke();
        }

        if (outcome.Effect is CloseConnection)
        {
            CloseAfterWrites("refused");
        }

        Next();
    }

    private void OnReaderEnded(ReaderEnded ended)
    {
        if (ended.Reason == ReaderEndReason.Faulted)
        {
            Stop("read failed: " + ended.Error?.Message);
            return;
        }

        // The CLI finished sending: answer what it asked, end its streams, then close.
        _inputEnded = true;
        foreach (var id in _streams.Keys.ToList())
        {
            StopStreamById(id);
        }

        Next();
    }

    private void Stop(string reason)
    {
        _endReason = reason;
        Context.Stop(Self);
    }
}
