using ActorChat.Actors.Shutdown;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorChat.Hosting.Lifetime;

/// <summary>
/// Links the host's lifetime and the actor system's, both ways.
/// </summary>
/// <remarks>
/// Start:
/// 1. Resolve the system (creating it) and its CoordinatedShutdown; watch its termination.
/// 2. Run the actor starters in order, then the startup tasks, each awaited.
/// 3. On failure: log (Critical), run the shutdown bounded by <see cref="StartFailureCleanupBound"/>, rethrow,
///    so host.StartAsync fails and the process exits non-zero.
/// Stop (host stopping: Ctrl+C, SIGTERM, StopApplication): await CoordinatedShutdown.Run(ClrExitReason),
/// bounded by the host's shutdown token; its last phase terminates the system.
/// System terminated while the host was not stopping: StopApplication(), so the host does not outlive
/// its actors; unless the shutdown was requested (see <see cref="ShutdownExitRule"/>), report exit code
/// <see cref="UnrequestedStopExitCode"/>.
/// </remarks>
internal sealed class ActorSystemHostedService(
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    ProcessExitCode exitCode) : IHostedService
{
    /// <summary>Exit code when the actor system terminated without the host asking for it.</summary>
    internal const int UnrequestedStopExitCode = 1;

    internal static readonly TimeSpan StartFailureCleanupBound = TimeSpan.FromSeconds(5);

    private readonly ILogger _logger = (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger("ActorChat.Hosting");
    private ActorSystem? _system;
    private CoordinatedShutdown? _shutdown;
    private volatile bool _stopRequested;

    /// <summary>Completes when the termination watcher has finished (tests observe it).</summary>
    internal Task Watcher { get; private set; } = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = services.GetRequiredService<ActorSystemBuilder>();
        try
        {
            _system = services.GetRequiredService<ActorSystem>();
            _shutdown = CoordinatedShutdown.Get(_system);
            Watcher = WatchTerminationAsync(_system, _shutdown);
            var registry = services.GetRequiredService<ActorRegistry>();
            foreach (var starter in builder.Starters)
            {
                await starter(_system, registry, cancellationToken).ConfigureAwait(false);
            }

            foreach (var startup in builder.StartupTasks)
            {
                await startup(_system, registry, cancellationToken).ConfigureAwait(false);
            }

            HostingLog.Started(_logger, _system.Name, builder.Starters.Count, builder.StartupTasks.Count);
        }
        catch (Exception e)
        {
            HostingLog.StartFailed(_logger, e, builder.Name, StartFailureCleanupBound);
            await CleanUpFailedStartAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopRequested = true;
        if (_shutdown is null)
        {
            return;
        }

        HostingLog.Stopping(_logger, _shutdown.System.Name);
        try
        {
            await _shutdown.Run(ClrExitReason.Instance).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            HostingLog.StopTimedOut(_logger, _shutdown.System.Name);
        }
        catch (Exception e)
        {
            HostingLog.StopFailed(_logger, e, _shutdown.System.Name);
            throw;
        }
    }

    private async Task CleanUpFailedStartAsync()
    {
        _stopRequested = true;
        if (_shutdown is null)
        {
            return;
        }

        try
        {
            await _shutdown.Run(ClrExitReason.Instance).WaitAsync(StartFailureCleanupBound).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            HostingLog.StartCleanupTimedOut(_logger, _shutdown.System.Name, StartFailureCleanupBound);
        }
        catch (Exception e)
        {
            HostingLog.StartCleanupFailed(_logger, e, _shutdown.System.Name);
        }
    }

    private async Task WatchTerminationAsync(ActorSystem system, CoordinatedShutdown shutdown)
    {
        await system.WhenTerminated.ConfigureAwait(false);

        // A host stop or a failed start did this: the host is already on its way down.
        if (_stopRequested || lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return;
        }

        // A requested shutdown (a process signal, an operator's command) stops the host with the exit
        // code untouched; a system that died unasked (Terminate(), a guardian failure) exits non-zero.
        var requested = shutdown.ShutdownReason;
        if (requested is ClrExitReason)
        {
            HostingLog.SystemTerminatedByProcessExit(_logger, system.Name);
        }
        else if (ShutdownExitRule.IsRequested(requested))
        {
            var reason = requested!.ToString();
            HostingLog.SystemShutDownOnRequest(_logger, system.Name, reason);
        }
        else
        {
            var reason = shutdown.ShutdownReason?.ToString() ?? "terminated without coordinated shutdown";
            HostingLog.SystemTerminatedOnItsOwn(_logger, system.Name, reason, UnrequestedStopExitCode);
            exitCode.Set(UnrequestedStopExitCode);
        }

        lifetime.StopApplication();
    }
}
