using System.Net.Sockets;
using ActorChat.Actors.Supervision;
using System.Text;
using ActorChat.Chat.Broker;
using ActorChat.Chat.Connections;
using ActorChat.Chat.Logging;
using ActorChat.Chat.Protocol;
using ActorChat.Chat.Settings;
using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Listener;

/// <summary>
/// Only accepts: it caps connections at max-clients and spawns one <see cref="ClientConnection"/>
/// per socket. Its strategy stops a failing connection and nothing else, so one client's failure
/// never reaches the listener or any other client.
/// </summary>
internal sealed class ChatListener : ReceiveActor, IDisposable
{
    private static readonly byte[] ServerFullLine = Encoding.UTF8.GetBytes(ChatProtocol.ServerFull + "\n");

    private readonly Socket _listening;
    private readonly IActorRef _broker;
    private readonly ChatSettings _settings;
    private readonly ChatStats _stats;
    private readonly ConnectionIo? _io;
    private readonly ILogger _log;
    private readonly HashSet<IActorRef> _connections = [];
    private AcceptLoop? _accept;
    private ConnectionRound? _round;
    private long _nextId;
    private bool _unbound;

    public ChatListener(Socket listening, IActorRef broker, ChatSettings settings, ChatStats stats, ConnectionIo? io)
    {
        _io = io;
        _listening = listening;
        _broker = broker;
        _settings = settings;
        _stats = stats;
        _log = Context.System.LoggerFactory.CreateLogger<ChatListener>();

        Receive<Accepted>(OnAccepted);
        Receive<Terminated>(t =>
        {
            _connections.Remove(t.ActorRef);
            CompleteRound(t.ActorRef);
        });
        Receive<AskAllConnections>(OnAskAll);
        Receive<object>(m => _round is not null && _round.ReplyType.IsInstanceOfType(m), _ => CompleteRound(Sender));
        Receive<Unbind>(_ => OnUnbind());
        Receive<GetConnections>(_ => Sender.Tell(new Connections([.. _connections])));
        Receive<ReRegister>(r =>
        {
            _log.BrokerRestarted(_connections.Count);
            foreach (var connection in _connections)
            {
                connection.Tell(r);
            }
        });
    }

    public static Props Props(Socket listening, IActorRef broker, ChatSettings settings, ChatStats stats, ConnectionIo? io = null) =>
        Actors.Props.Create(() => new ChatListener(listening, broker, settings, stats, io));

    protected override SupervisorStrategy SupervisorStrategy() => Actors.Supervision.SupervisorStrategy.StoppingStrategy;

    protected override void PreStart()
    {
        _accept = new AcceptLoop(_listening, Self, _settings.AcceptBackoffMin, _settings.AcceptBackoffMax, (error, backoff) =>
        {
            _stats.OnAcceptError();
            _log.AcceptFailed(error.ToString(), backoff);
        });
        _accept.Start();
    }

    protected override void PostStop() => _accept?.Stop();

    /// <summary>Called by the runtime once the actor instance is discarded (also on restart).</summary>
    public void Dispose() => _accept?.Dispose();

    private void OnAccepted(Accepted accepted)
    {
        var socket = accepted.Socket;
        if (_unbound)
        {
            socket.Dispose();
            return;
        }

        if (_connections.Count >= _settings.MaxClients)
        {
            Refuse(socket);
            return;
        }

        socket.NoDelay = true;
        var connection = Context.ActorOf(
            ClientConnection.Props(socket, _broker, _settings, _stats, _io),
            "client-" + (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Context.Watch(connection);
        _connections.Add(connection);
    }

    private void Refuse(Socket socket)
    {
        _stats.OnRejectedFull();
        _log.ServerFull(_settings.MaxClients, socket.RemoteEndPoint?.ToString() ?? "?");
        try
        {
            // A fresh socket's send buffer takes one short line without blocking.
            socket.Send(ServerFullLine);
            socket.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
            // The client is already gone.
        }
        finally
        {
            socket.Dispose();
        }
    }

    private void OnAskAll(AskAllConnections request)
    {
        // Rounds run one at a time (the shutdown phases are sequential).
        _round = new ConnectionRound(request, Sender, _connections);
        foreach (var connection in _connections)
        {
            connection.Tell(request.Message);
        }

        if (_round.TryFinish())
        {
            _round = null;
        }
    }

    private void CompleteRound(IActorRef connection)
    {
        if (_round is not null && _round.Complete(connection))
        {
            _round = null;
        }
    }

    private void OnUnbind()
    {
        if (!_unbound)
        {
            _unbound = true;
            _accept?.Stop();
            _listening.Dispose();
            _log.Unbound();
        }

        Sender.Tell(Unbound.Instance);
    }
}
