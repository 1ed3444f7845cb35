using ActorChat.Actors.Shutdown;
using ActorChat.Chat.Broker;
using ActorChat.Chat.Connections;
using ActorChat.Chat.Listener;
using ActorChat.Chat.Logging;
using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Shutdown;

/// <summary>
/// The chat service's part of CoordinatedShutdown (ARCHITECTURE.md §4):
/// <code>
/// service-unbind         1. the listener stops accepting and releases the port
/// service-requests-done  2. every connection says "info: server shutting down" and stops its reader;
///                           a connection acknowledges only after every line its reader had handed it
///                           was turned into a Say to the broker
///                        3. the broker drains: Drain is queued behind every such Say, so when it
///                           answers, every accepted line has become deliveries in the writers' mailboxes
/// service-stop           4. every connection writes what it holds (deliveries are queued before
///                           CloseGracefully), half-closes its socket and stops
/// </code>
/// Each step is bounded by its phase's timeout (the phase token); a connection that is gone or
/// stuck does not block the others, and a client that never sent its name holds nothing up.
/// </summary>
internal static class ChatShutdown
{
    public static void Register(CoordinatedShutdown shutdown, ChatRefs refs, ILogger log)
    {
        shutdown.AddTask(CoordinatedShutdown.PhaseServiceUnbind, "chat-unbind", async ct =>
        {
            await refs.Listener.Ask<Unbound>(Unbind.Instance, cancellationToken: ct).ConfigureAwait(false);
            log.ShutdownStep("listener unbound");
        });

        shutdown.AddTask(CoordinatedShutdown.PhaseServiceRequestsDone, "chat-drain", async ct =>
        {
            await refs.Listener.Ask<AllStopped>(new AskAllConnections(StopReading.Instance, typeof(ReadingStopped), AllStopped.Instance), cancellationToken: ct).ConfigureAwait(false);
            log.ShutdownStep("readers stopped");
            await refs.Broker.Ask<Drained>(Drain.Instance, cancellationToken: ct).ConfigureAwait(false);
            log.ShutdownStep("broker drained");
        });

        shutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "chat-close", async ct =>
        {
            await refs.Listener.Ask<AllClosed>(new AskAllConnections(CloseGracefully.Instance, typeof(Closed), AllClosed.Instance), cancellationToken: ct).ConfigureAwait(false);
            log.ShutdownStep("connections flushed and closed");
        });
    }
}
