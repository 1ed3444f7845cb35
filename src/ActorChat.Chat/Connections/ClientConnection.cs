using System.Net.Sockets;
using ActorChat.Chat.Broker;
using ActorChat.Chat.Connections.Epoll;
using ActorChat.Chat.Logging;
using ActorChat.Chat.Protocol;
using ActorChat.Chat.Settings;
using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Connections;

/// <summary>
/// One client socket, owned by this actor. A <see cref="SocketReader"/> hands it framed lines; it
/// logs in through the broker, turns lines into <see cref="Say"/>, and writes deliveries in batches
/// (see ClientConnection.Writing.cs). Any end — EOF, I/O error, kick, eviction — stops the actor,
/// which the broker sees through DeathWatch.
/// </summary>
internal sealed partial class ClientConnection : UntypedActor, IDisposable
{
    private readonly Socket _socket;
    private readonly IActorRef _broker;
    private readonly ChatSettings _settings;
    private readonly ChatStats _stats;
    private readonly ILogger _log;
    private readonly string _remote;
    private readonly EpollPoller? _poller;
    private readonly WriteFlusher? _flusher;
    private List<Frame>? _heldWhileRegistering;
    private IConnectionReader? _reader;
    private bool _readerEnded;
    private string? _name;
    private string? _pendingName;
    private ChatSessions.Session? _session;
    private long _lastTouch;
    private IActorRef? _stopReadingWaiter;
    private IActorRef? _closedWaiter;
    private string _endReason = "stopped";

    public ClientConnection(Socket socket, IActorRef broker, ChatSettings settings, ChatStats stats, ConnectionIo? io)
    {
        _socket = socket;
        _poller = io?.Poller;
        _flusher = io?.Flusher;
        _broker = broker;
        _settings = settings;
        _stats = stats;
        _log = Context.System.LoggerFactory.CreateLogger<ClientConnection>();
        _remote = socket.RemoteEndPoint?.ToString() ?? "?";
    }

    /// <summary>Without <paramref name="io"/> (unit tests) the socket is read by async receives and each connection flushes on its own.</summary>
    public static Props Props(Socket socket, IActorRef broker, ChatSettings settings, ChatStats stats, ConnectionIo? io = null) =>
        Actors.Props.Create(() => new ClientConnection(socket, broker, settings, stats, io));

    protected override void PreStart()
    {
        _stats.OnConnected();
        _log.ClientConnected(_remote);
        // Writes are sends on the actor's thread and must never block it (ClientConnection.Writing.cs);
        // the epoll reader needs non-blocking receives too, and async receives work either way.
        _socket.Blocking = false;
        _reader = _poller is null
            ? new SocketReader(_socket, Self, _settings.MaxLineLength, _settings.ReadAheadLines)
            : new EpollReader(_socket, Self, _poller, _settings.MaxLineLength, _settings.ReadAheadLines);
        _reader.Start();
    }

    protected override void PostStop()
    {
        _reader?.Stop();
        DropPending();
        _closeTimer?.Cancel();
        _drainTimer?.Cancel();
        _socket.Dispose();
        _stats.Sessions.Remove(Self);
        _stats.OnDisconnected();
        _log.ClientDisconnected(_name ?? _remote, _endReason);
        _stopReadingWaiter?.Tell(ReadingStopped.Instance);
        _closedWaiter?.Tell(Closed.Instance);
    }

    // A switch, not ReceiveActor handlers: those are a delegate and a handler object per message type
    // per instance, about 1.5 KB for each of thousands of idle connections.
    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case InboundFrame inbound:
                OnFrame(inbound);
                break;
            case Deliver deliver:
                Append(deliver.Bytes);
                break;
            case FlushNow:
                OnFlushNow();
                break;
            case WriteDone done:
                OnWriteDone(done);
                break;
            case Registered registered:
                OnRegistered(registered);
                break;
            case NameTaken:
                _pendingName = null;
                BeginClose(ChatProtocol.NameTaken, "name taken");
                break;
            case ReRegister when _name is not null:
                _broker.Tell(new Register(_name, Self));
                break;
            case ReaderEnded ended:
                OnReaderEnded(ended);
                break;
            case StopReading:
                OnStopReading();
                break;
            case CloseGracefully:
                OnCloseGracefully();
                break;
            case ForceClose:
                Stop("close timeout");
                break;
            case Drained:
                OnBrokerDrained();
                break;
            case InputDrainTimedOut:
                EndInputDrain();
                break;
            case Kick when !_closing:
                BeginClose(ChatProtocol.Kicked, "kicked by operator");
                break;
            case ReRegister or Kick:
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    /// <summary>Called by the runtime once the actor instance is discarded.</summary>
    public void Dispose() => _reader?.Dispose();

    private void OnFrame(InboundFrame inbound)
    {
        _reader?.ReturnCredit();
        if (_closing)
        {
            return;
        }

        // Last activity is for "chat who"'s idle time, to the second: reading the clock for every
        // line showed in profiles, so it is refreshed at most once a second.
        var now = Environment.TickCount64;
        if (_session is not null && now - _lastTouch >= 1000)
        {
            _lastTouch = now;
            _session.Touch(Context.System.TimeProvider.GetUtcNow());
        }

        if (_pendingName is not null)
        {
            // Waiting for the broker's answer: keep order by holding lines until logged in.
            (_heldWhileRegistering ??= []).Add(inbound.Frame);
            return;
        }

        Handle(inbound.Frame);
    }

    private void Handle(Frame frame)
    {
        switch (frame.Kind)
        {
            case FrameKind.TooLong:
                Send(ChatProtocol.LineTooLong);
                return;
            case FrameKind.InvalidUtf8:
                Send(ChatProtocol.InvalidUtf8);
                return;
        }

        var line = frame.Text!;
        if (_name is null)
        {
            if (!ChatProtocol.IsValidName(line, _settings.MaxNameLength))
            {
                BeginClose(ChatProtocol.InvalidName, "invalid name");
                return;
            }

            _pendingName = line;
            _broker.Tell(new Register(line, Self));
            return;
        }

        var parsed = ChatProtocol.ParseMessage(line);
        if (!parsed.IsValid)
        {
            Send(parsed.Error!);
            return;
        }

        _stats.OnMessageIn();
        _broker.Tell(new Say(_name, Self, parsed.Recipients, parsed.Text));
    }

    private void OnRegistered(Registered registered)
    {
        if (_pendingName is null || _pendingName != registered.Name)
        {
            // A re-registration after a broker restart was confirmed: nothing to tell the client.
            return;
        }

        _name = registered.Name;
        _pendingName = null;
        _log.LoggedIn(_name);
        _session = _stats.Sessions.Add(Self, _name, _remote, Context.System.TimeProvider.GetUtcNow());
        Send(ChatProtocol.Welcome(_name));
        foreach (var frame in _heldWhileRegistering ?? [])
        {
            if (!_closing)
            {
                Handle(frame);
            }
        }

        _heldWhileRegistering = null;
        OnRegisteredWhileDraining();
    }

    private void OnReaderEnded(ReaderEnded ended)
    {
        _readerEnded = true;
        if (_stopReadingWaiter is not null)
        {
            _stopReadingWaiter.Tell(ReadingStopped.Instance);
            _stopReadingWaiter = null;
        }

        switch (ended.Reason)
        {
            case ReaderEndReason.EndOfStream when !_closing:
                // The client is done sending; what it is owed still gets written before the close,
                // including the broker's answers to its last lines (see ClientConnection.Draining.cs).
                BeginInputDrain();
                break;
            case ReaderEndReason.Faulted:
                Stop("read failed: " + ended.Error?.Message);
                break;
        }
    }

    private void Stop(string reason)
    {
        _endReason = reason;
        Context.Stop(Self);
    }
}
