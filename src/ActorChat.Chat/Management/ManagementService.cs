using System.Net;
using System.Net.Sockets;
using ActorChat.Actors.Shutdown;
using ActorChat.Chat.Management.Hosting;
using ActorChat.Chat.Management.Logging;
using ActorChat.Chat.Management.Logs;
using ActorChat.Chat.Management.Settings;
using ActorChat.Hocon;
using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Management;

/// <summary>
/// The running management endpoint: /user/cmd (acceptor, one child per CLI connection) and its
/// CoordinatedShutdown tasks:
/// <code>
/// service-unbind   1. stop accepting CLI connections and release the port
/// service-stop     2. close every CLI connection (streams end; the node.shutdown reply was already written)
/// </code>
/// </summary>
public sealed class ManagementService
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private ManagementService(IActorRef acceptor, IPEndPoint endpoint)
    {
        Acceptor = acceptor;
        Endpoint = endpoint;
    }

    /// <summary>/user/cmd.</summary>
    public IActorRef Acceptor { get; }

    /// <summary>Where actorchat-cmd connects (the real port when port 0 was configured).</summary>
    public IPEndPoint Endpoint { get; }

    /// <summary>Starts the endpoint on a socket from <see cref="CmdEndpoint.Bind"/>; it owns the socket from now on.</summary>
    /// <remarks><paramref name="requestShutdown"/> is how <c>node shutdown</c> stops the node (tests count requests with it); without it CoordinatedShutdown runs with <see cref="Methods.CmdShutdownReason"/>, which a host treats as a requested stop. <paramref name="effectiveConfig"/> is what <c>node config</c> shows (masked) and <c>node info</c> digests.</remarks>
    public static async Task<ManagementService> StartAsync(
        ActorSystem system,
        ChatService chat,
        CmdSettings settings,
        Socket listening,
        Config effectiveConfig,
        LogRing logs,
        string nodeName,
        Action? requestShutdown = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(listening);
        var endpoint = (IPEndPoint)listening.LocalEndPoint!;
        var log = system.LoggerFactory.CreateLogger<ManagementService>();
        var context = new ManagementContext
        {
            System = system,
            Chat = chat,
            Settings = settings,
            Config = effectiveConfig,
            Logs = logs,
            NodeName = nodeName,
            Version = typeof(ManagementService).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            StartedAt = system.TimeProvider.GetUtcNow(),
            CmdEndpoint = endpoint,
            Log = log,
            RequestShutdown = requestShutdown ?? (() => _ = CoordinatedShutdown.Get(system).Run(Methods.CmdShutdownReason.Instance)),
        };
        var acceptor = system.ActorOf(CmdAcceptor.Props(listening, context), "cmd");

        // Identify makes sure /user/cmd runs before the port is announced.
        await acceptor.Ask<ActorIdentity>(new Identify(null), StartTimeout, cancellationToken).ConfigureAwait(false);
        Register(CoordinatedShutdown.Get(system), acceptor, log);
        log.Listening(endpoint.Address, endpoint.Port);
        return new ManagementService(acceptor, endpoint);
    }

    private static void Register(CoordinatedShutdown shutdown, IActorRef acceptor, ILogger log)
    {
        shutdown.AddTask(CoordinatedShutdown.PhaseServiceUnbind, "cmd-unbind", async ct =>
        {
            await acceptor.Ask<CmdUnbound>(CmdUnbind.Instance, cancellationToken: ct).ConfigureAwait(false);
            log.ShutdownStep("listener unbound");
        });

        shutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "cmd-close", async ct =>
        {
            await acceptor.Ask<CmdAllClosed>(CmdCloseAll.Instance, cancellationToken: ct).ConfigureAwait(false);
            log.ShutdownStep("connections closed");
        });
    }
}
