using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using ActorChat.Actors;
using ActorChat.Actors.Refs;
using ActorChat.Actors.Shutdown;
using ActorChat.Hocon;
using ActorChat.Remote.Associations;
using ActorChat.Remote.DeathWatch;
using ActorChat.Remote.Refs;
using ActorChat.Remote.Serialization;
using ActorChat.Remote.Transport;
using Microsoft.Extensions.Logging;

namespace ActorChat.Remote;

/// <summary>
/// Remoting for one actor system: a TCP listener at <c>actorchat.tcp://System@host:port</c>, one
/// association per remote system, remote refs, remote DeathWatch. Start it right after creating the
/// system; it stops when the system terminates (after the actors, so death notifications get out).
/// </summary>
/// <remarks>
/// Shutdown, and why it is split in two:
/// 1. CoordinatedShutdown phase before-actor-system-terminate, task "remoting-flush-outbound": actors
///    still run; wait (flush-wait-on-shutdown, within the phase timeout) until the outbound queues of
///    connected nodes are empty, so what services told last gets out. Nothing is closed here.
/// 2. Phase actor-system-terminate stops the actors; dying actors queue their death notifications to
///    remote watchers on the associations.
/// 3. The termination callback (<see cref="OnSystemTerminated"/>) queues a goodbye behind them, waits
///    (flush-wait-on-shutdown) for connections to close, then cancels everything.
/// Closing in a shutdown phase instead of step 3 would run before step 2 and lose the death
/// notifications (watchers would then wait for their failure detector), so the goodbye stays in the
/// termination callback, which every stop path (Terminate, CoordinatedShutdown, host stop) reaches.
/// </remarks>
public sealed class Remoting : IDisposable
{
    /// <summary>The address scheme of remote systems.</summary>
    public const string Protocol = "actorchat.tcp";

    private static readonly ConcurrentDictionary<ActorSystem, Remoting> Instances = new();
    private readonly CancellationTokenSource _shutdown = new();
    private readonly Listener _listener;
    private readonly ConcurrentDictionary<Connection, byte> _connections = new();
    private int _shuttingDown;
    private volatile bool _blackHoled;

    private Remoting(ActorSystemImpl system, RemoteSetup setup)
    {
        System = system;
        var reference = ConfigurationFactory.FromResource(typeof(Remoting).Assembly, "ActorChat.Remote.reference.conf");
        Settings = RemoteSettings.Bind(system.Settings.Config.WithFallback(reference));
        Logger = system.LoggerFactory.CreateLogger("ActorChat.Remote.Remoting");
        Uid = NewUid();
        HeartbeatResponseFrame = PduCodec.HeartbeatResponse(Uid);
        Tls = TlsContext.Create(Settings.Tls);
        var bindTo = Settings.Hostname.Length == 0 ? IPAddress.Any : ResolveBindAddress(Settings.Hostname);
        _listener = new Listener(this, bindTo, Settings.Port);
        var host = Settings.PublicHostname.Length > 0 ? Settings.PublicHostname
            : Settings.Hostname.Length > 0 ? Settings.Hostname
            : Dns.GetHostName();
        var port = Settings.PublicPort > 0 ? Settings.PublicPort : _listener.BoundEndPoint.Port;
        Address = new Address(Protocol, system.Name, host, port);
        Refs = new RemoteRefCodec(this);
        Serializer = new MessageSerializer(setup.MessageTypes, Refs);
        Codec = new MessageFrameCodec(this);
        Associations = new AssociationRegistry(this);
        Watcher = new RemoteWatcher(this);
    }

    /// <summary>The advertised address (with the bound port when port = 0).</summary>
    public Address Address { get; }

    /// <summary>This system incarnation's random UID, sent in every handshake.</summary>
    public long Uid { get; }

    public RemoteSettings Settings { get; }

    internal ActorSystemImpl System { get; }

    internal ILogger Logger { get; }

    /// <summary>The answer to every heartbeat (it carries only <see cref="Uid"/>), encoded once.</summary>
    internal byte[] HeartbeatResponseFrame { get; }

    internal RemoteRefCodec Refs { get; }

    internal MessageSerializer Serializer { get; }

    internal MessageFrameCodec Codec { get; }

    internal AssociationRegistry Associations { get; }

    internal QuarantineRegistry Quarantine { get; } = new();

    internal RemoteWatcher Watcher { get; }

    /// <summary>Null unless tls.enabled; loaded once, kept for the process (connections may still be closing at shutdown).</summary>
    internal TlsContext? Tls { get; }

    internal CancellationToken ShutdownToken => _shutdown.Token;

    internal bool IsShuttingDown => Volatile.Read(ref _shuttingDown) == 1;

    internal bool IsBlackHoled => _blackHoled;

    /// <summary>Starts remoting for <paramref name="system"/> (once per system).</summary>
    public static Remoting Start(ActorSystem system, RemoteSetup? setup = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        if (system is not ActorSystemImpl impl)
        {
            throw new ArgumentException("Not an ActorChat actor system.", nameof(system));
        }

        var remoting = new Remoting(impl, setup ?? new RemoteSetup());
        if (!Instances.TryAdd(system, remoting))
        {
            remoting._listener.Dispose();
            remoting.Watcher.Dispose();
            throw new InvalidOperationException($"Remoting is already started for actor system [{system.Name}].");
        }

        impl.InstallRemoteProvider(new Provider(remoting));
        impl.RegisterOnTermination(remoting.OnSystemTerminated);
        CoordinatedShutdown.Get(impl).AddTask(CoordinatedShutdown.PhaseBeforeActorSystemTerminate, "remoting-flush-outbound", remoting.FlushOutboundAsync);
        remoting._listener.Start();
        RemoteLog.Listening(remoting.Logger, remoting._listener.BoundEndPoint, remoting.Address, remoting.Uid);
        if (remoting.Tls is { SuppressValidation: true })
        {
            RemoteLog.TlsValidationSuppressed(remoting.Logger, remoting.Address);
        }

        return remoting;
    }

    /// <summary>The remoting of a system, or null when it was not started.</summary>
    public static Remoting? Get(ActorSystem system) => Instances.TryGetValue(system, out var r) ? r : null;

    /// <summary>A ref for a path: local when it names this system, otherwise a remote ref.</summary>
    public IActorRef ResolveActorRef(ActorPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ResolveInternal(path);
    }

    public IActorRef ResolveActorRef(string path) => ResolveActorRef(ActorPath.Parse(path));

    /// <summary>Every association with its state, UID, traffic counters, drops and phi.</summary>
    public IReadOnlyList<AssociationInfo> GetAssociations() =>
        [.. Associations.All.Select(a => a.Snapshot(Watcher.Phi(a.RemoteAddress))).OrderBy(i => i.RemoteAddress)];

    internal IInternalActorRef ResolveInternal(ActorPath path) =>
        IsLocalAddress(path.Address) ? LocalRefResolver.Resolve(System, path) : new RemoteActorRef(this, path);

    /// <summary>Stops remoting now (goodbyes, then connections close); the system terminating does the same.</summary>
    public void Dispose() => OnSystemTerminated();

    internal bool IsLocalAddress(Address address) => address.Equals(Address) || address.Equals(System.Address);

    /// <summary>
    /// Test hook standing in for a network partition: everything arriving is ignored (connections
    /// stay up, nothing is answered), as when a peer freezes.
    /// </summary>
    internal void BlackHole() => _blackHoled = true;

    /// <summary>Test hook standing in for SIGKILL: listener and connections close at once, no goodbye.</summary>
    internal void Abort()
    {
        Volatile.Write(ref _shuttingDown, 1);
        _listener.Dispose();
        Watcher.Dispose();
        _shutdown.Cancel();
        foreach (var connection in _connections.Keys)
        {
            connection.Close("aborted");
        }
    }

    internal void OnConnectionStarted(Connection connection) => _connections.TryAdd(connection, 0);

    internal void OnConnectionEnded(Connection connection) => _connections.TryRemove(connection, out _);

    private void OnSystemTerminated()
    {
        Instances.TryRemove(System, out _);
        if (Interlocked.Exchange(ref _shuttingDown, 1) == 1)
        {
            return;
        }

        // The port is free again as soon as the system has terminated (a restart may reuse it).
        RemoteLog.ShuttingDown(Logger, Address);
        _listener.Dispose();
        Watcher.Dispose();
        foreach (var association in Associations.All)
        {
            if (association.Current is not null)
            {
                association.SendControl(Connection.GoodbyeShutdownFrame, connect: false);
            }
        }

        _ = CancelAfterFlushAsync();
    }

    /// <summary>
    /// Shutdown step 1 (see remarks): bounded wait for queued messages to be written. Real time, not
    /// the TimeProvider: it waits for sockets, and a virtual clock in tests must not stall shutdown.
    /// </summary>
    private async Task FlushOutboundAsync(CancellationToken cancellationToken)
    {
        var wait = Settings.FlushWaitOnShutdown;
        var deadline = Environment.TickCount64 + (long)wait.TotalMilliseconds;
        var pending = PendingAssociations();
        while (pending > 0 && Environment.TickCount64 < deadline && !cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(10, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            pending = PendingAssociations();
        }

        if (pending > 0)
        {
            RemoteLog.FlushIncomplete(Logger, pending, wait);
        }
    }

    private int PendingAssociations() => IsShuttingDown ? 0 : Associations.All.Count(a => a.HasPendingOutbound);

    /// <summary>Shutdown step 3: goodbyes (queued behind the last death notifications) get a bounded time to go out.</summary>
    private async Task CancelAfterFlushAsync()
    {
        var deadline = Environment.TickCount64 + (long)Settings.FlushWaitOnShutdown.TotalMilliseconds;
        while (!_connections.IsEmpty && Environment.TickCount64 < deadline)
        {
            await Task.Delay(20, CancellationToken.None).ConfigureAwait(false);
        }

        _shutdown.Cancel();
    }

    private static long NewUid()
    {
        long uid;
        do
        {
            uid = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));
        }
        while (uid == 0);

        return uid;
    }

    private static IPAddress ResolveBindAddress(string host) =>
        IPAddress.TryParse(host, out var ip) ? ip : Dns.GetHostAddresses(host)[0];

    /// <summary>The runtime's seam: non-local addresses resolve through remoting.</summary>
    private sealed class Provider(Remoting remoting) : IRemoteRefProvider
    {
        public bool IsLocalAddress(Address address) => remoting.IsLocalAddress(address);

        public IInternalActorRef ResolveRemote(ActorPath path) => remoting.ResolveInternal(path);
    }
}
