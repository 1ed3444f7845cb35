using System.Globalization;
using System.Net.Sockets;
using ActorChat.Actors.Supervision;
using ActorChat.Chat.Listener;
using ActorChat.Chat.Management.Logging;
using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Management.Hosting;

/// <summary>
/// /user/cmd: accepts CLI connections and spawns one <see cref="CmdConnection"/> per socket
/// (<c>conn-N</c>). A failing connection is stopped alone. CoordinatedShutdown unbinds it in
/// service-unbind and closes the connections in service-stop (see ManagementService).
/// </summary>
internal sealed class CmdAcceptor : ReceiveActor, IDisposable
{
    private static readonly TimeSpan BackoffMin = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan BackoffMax = TimeSpan.FromSeconds(1);

    private readonly Socket _listening;
    private readonly ManagementContext _node;
    private readonly HashSet<IActorRef> _connections = [];
    private AcceptLoop? _accept;
    private IActorRef? _closeWaiter;
    private long _nextId;
    private bool _unbound;

    public CmdAcceptor(Socket listening, ManagementContext node)
    {
        _listening = listening;
        _node = node;

        Receive<Accepted>(OnAccepted);
        Receive<Terminated>(t =>
        {
            _connections.Remove(t.ActorRef);
            TryFinishClose();
        });
        Receive<CmdUnbind>(_ =>
        {
            Unbind();
            Sender.Tell(CmdUnbound.Instance);
        });
        Receive<CmdCloseAll>(_ =>
        {
            Unbind();
            _closeWaiter = Sender;
            foreach (var connection in _connections)
            {
                Context.Stop(connection);
            }

            TryFinishClose();
        });
    }

    public static Props Props(Socket listening, ManagementContext node) => Actors.Props.Create(() => new CmdAcceptor(listening, node));

    protected override SupervisorStrategy SupervisorStrategy() => Actors.Supervision.SupervisorStrategy.StoppingStrategy;

    protected override void PreStart()
    {
        Context.ActorOf(DeadLetterCounter.Props(_node), "dead-letters");
        _accept = new AcceptLoop(_listening, Self, BackoffMin, BackoffMax, (error, backoff) => _node.Log.AcceptFailed(error.ToString(), backoff));
        _accept.Start();
    }

    protected override void PostStop()
    {
        _accept?.Stop();
        _listening.Dispose();
    }

    /// <summary>Called by the runtime once the actor instance is discarded.</summary>
    public void Dispose() => _accept?.Dispose();

    private void OnAccepted(Accepted accepted)
    {
        if (_unbound)
        {
            accepted.Socket.Dispose();
            return;
        }

        accepted.Socket.NoDelay = true;
        var connection = Context.ActorOf(CmdConnection.Props(accepted.Socket, _node), "conn-" + (++_nextId).ToString(CultureInfo.InvariantCulture));
        Context.Watch(connection);
        _connections.Add(connection);
    }

    private void Unbind()
    {
        if (_unbound)
        {
            return;
        }

        _unbound = true;
        _accept?.Stop();
        _listening.Dispose();
        _node.Log.Unbound();
    }

    private void TryFinishClose()
    {
        if (_closeWaiter is not null && _connections.Count == 0)
        {
            _closeWaiter.Tell(CmdAllClosed.Instance);
            _closeWaiter = null;
        }
    }
}
