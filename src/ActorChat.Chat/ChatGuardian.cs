using System.Net.Sockets;
using ActorChat.Actors.Supervision;
using ActorChat.Chat.Broker;
using ActorChat.Chat.Connections;
using ActorChat.Chat.Connections.Epoll;
using ActorChat.Chat.Listener;
using ActorChat.Chat.Settings;

namespace ActorChat.Chat;

/// <summary>
/// /user/chat: supervises the broker and the listener. Both are restarted on failure (OneForOne):
/// a restarted broker asks the connections to register again, so no user is lost; a restarted
/// listener keeps the bound socket (owned here) and accepts again. A child that cannot even be
/// constructed is stopped rather than restarted in a loop.
/// </summary>
internal sealed class ChatGuardian : ReceiveActor
{
    private readonly Socket _listening;
    private readonly EpollPoller? _poller;
    private readonly IActorRef _broker;
    private readonly IActorRef _listener;

    public ChatGuardian(Socket listening, ChatSettings settings, ChatStats stats, EpollPoller? poller)
    {
        _listening = listening;
        _poller = poller;
        _broker = Context.ActorOf(ChatBroker.Props(stats), "broker");
        _listener = Context.ActorOf(ChatListener.Props(listening, _broker, settings, stats, new ConnectionIo(poller, new WriteFlusher(settings.MaxFlushDelay))), "listener");

        Receive<BrokerRestarted>(_ => _listener.Tell(ReRegister.Instance));
        Receive<GetChatRefs>(_ => Sender.Tell(new ChatRefs(_broker, _listener)));
    }

    public static Props Props(Socket listening, ChatSettings settings, ChatStats stats, EpollPoller? poller) =>
        Actors.Props.Create(() => new ChatGuardian(listening, settings, stats, poller));

    protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(cause => cause switch
    {
        ActorInitializationException => Directive.Stop,
        _ => Directive.Restart,
    });

    // Children (and so every connection and its reader) are stopped before this runs.
    protected override void PostStop()
    {
        _listening.Dispose();
        _poller?.Dispose();
    }
}
