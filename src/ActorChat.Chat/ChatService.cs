using System.Net;
using System.Net.Sockets;
using ActorChat.Actors.Shutdown;
using ActorChat.Chat.Connections;
using ActorChat.Chat.Connections.Epoll;
using ActorChat.Chat.Logging;
using ActorChat.Chat.Settings;
using ActorChat.Chat.Shutdown;
using Microsoft.Extensions.Logging;

namespace ActorChat.Chat;

/// <summary>
/// The running chat service of a node: /user/chat with its broker and listener, and its
/// CoordinatedShutdown tasks (see <see cref="ChatShutdown"/>).
/// </summary>
public sealed class ChatService
{
    private ChatService(IActorRef guardian, IPEndPoint endpoint, ChatRefs refs, ChatStats stats)
    {
        Guardian = guardian;
        Endpoint = endpoint;
        Refs = refs;
        Stats = stats;
    }

    /// <summary>/user/chat.</summary>
    public IActorRef Guardian { get; }

    /// <summary>Where clients connect (the real port when port 0 was configured).</summary>
    public IPEndPoint Endpoint { get; }

    /// <summary>The broker and listener (for the management endpoint).</summary>
    internal ChatRefs Refs { get; }

    internal ChatStats Stats { get; }

    /// <summary>Starts the service on a socket from <see cref="ChatEndpoint.Bind"/>; it owns the socket from now on.</summary>
    public static async Task<ChatService> StartAsync(ActorSystem system, ChatSettings settings, Socket listening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(listening);
        var endpoint = (IPEndPoint)listening.LocalEndPoint!;
        var stats = new ChatStats();
        var poller = CreatePoller(settings.SocketReader);
        var guardian = system.ActorOf(ChatGuardian.Props(listening, settings, stats, poller), "chat");
        var refs = await guardian.Ask<ChatRefs>(GetChatRefs.Instance, TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        var log = system.LoggerFactory.CreateLogger<ChatService>();
        ChatShutdown.Register(CoordinatedShutdown.Get(system), refs, log);
        log.Listening(endpoint.Address, endpoint.Port);
        return new ChatService(guardian, endpoint, refs, stats);
    }

    private static EpollPoller? CreatePoller(SocketReaderKind kind)
    {
        if (kind == SocketReaderKind.Async)
        {
            return null;
        }

        var poller = EpollPoller.TryCreate(out var error);
        if (poller is null && kind == SocketReaderKind.Epoll)
        {
            throw new InvalidOperationException("actorchat.chat.socket-reader = epoll, but " + error);
        }

        return poller;
    }
}
