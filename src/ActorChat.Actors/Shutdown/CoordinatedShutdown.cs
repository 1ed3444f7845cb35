using ActorChat.Actors.Logging;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Shutdown;

/// <summary>
/// The one way an actor system shuts down: named phases, ordered by their <c>depends-on</c> graph
/// (<c>actorchat.coordinated-shutdown.phases</c>), each with tasks that run concurrently under the
/// phase's timeout. <see cref="ActorSystem.Terminate"/>, signals, process exit and the generic host
/// all end up in <see cref="Run"/>, which runs once; every caller gets the same task.
/// </summary>
/// <remarks>
/// A run:
/// 1. Run(reason): the first caller records its reason and starts the loop; later callers join it.
/// 2. For each phase in order: snapshot its tasks, start them all, await them under the timeout.
/// 3. A failed or timed-out task is logged by name; recover = on goes on, recover = off aborts the run
///    (the remaining phases, and so the system's termination, are skipped; the run task faults).
/// 4. Phase actor-system-terminate holds task "terminate-system", which stops the actor hierarchy and
///    waits for WhenTerminated; the process hooks are removed on termination.
/// 5. exit-clr = on: after a successful run the process exits with code 0.
/// </remarks>
public sealed partial class CoordinatedShutdown
{
    public const string PhaseBeforeServiceUnbind = "before-service-unbind";
    public const string PhaseServiceUnbind = "service-unbind";
    public const string PhaseServiceRequestsDone = "service-requests-done";
    public const string PhaseServiceStop = "service-stop";
    public const string PhaseBeforeClusterShutdown = "before-cluster-shutdown";
    public const string PhaseClusterShardingShutdownRegion = "cluster-sharding-shutdown-region";
    public const string PhaseClusterLeave = "cluster-leave";
    public const string PhaseClusterExiting = "cluster-exiting";
    public const string PhaseClusterExitingDone = "cluster-exiting-done";
    public const string PhaseClusterShutdown = "cluster-shutdown";
    public const string PhaseBeforeActorSystemTerminate = "before-actor-system-terminate";
    public const string PhaseActorSystemTerminate = "actor-system-terminate";

    private readonly ActorSystemImpl _system;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<PhaseTask>> _tasks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _startedPhases = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ShutdownReason? _reason;

    internal CoordinatedShutdown(ActorSystemImpl system, CoordinatedShutdownSettings settings)
    {
        _system = system;
        Settings = settings;
        Logger = new LevelFilteringLogger(system.LoggerFactory.CreateLogger("ActorChat.Actors.CoordinatedShutdown"), system.Settings.LogLevel);
        if (settings.TerminateActorSystem)
        {
            AddTask(PhaseActorSystemTerminate, "terminate-system", TerminateSystemAsync);
        }
    }

    public ActorSystem System => _system;

    public CoordinatedShutdownSettings Settings { get; }

    /// <summary>The phases in the order a run visits them.</summary>
    public IReadOnlyList<string> OrderedPhases => Settings.OrderedPhases;

    /// <summary>The first reason given to <see cref="Run"/>; null until a run started.</summary>
    public ShutdownReason? ShutdownReason => Volatile.Read(ref _reason);

    /// <summary>Completes when a run has finished (faults when it was aborted); never completes before a run.</summary>
    public Task WhenCompleted => _done.Task;

    /// <summary>Sum of the timeouts of the phases that have tasks: the longest a run can take.</summary>
    public TimeSpan TotalTimeout
    {
        get
        {
            lock (_lock)
            {
                return _tasks.Where(t => t.Value.Count > 0).Aggregate(TimeSpan.Zero, (sum, t) => sum + Settings.Phases[t.Key].Timeout);
            }
        }
    }

    internal ILogger Logger { get; }

    /// <summary>Set by the process-exit hook: the process is already exiting, so exit-clr must not exit again.</summary>
    internal bool ProcessExiting { get; set; }

    /// <summary>How the process is ended for exit-clr and a second signal; tests replace it.</summary>
    internal Action<int> ExitProcess { get; set; } = Environment.Exit;

    /// <summary>The coordinated shutdown of <paramref name="system"/> (one per system).</summary>
    public static CoordinatedShutdown Get(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return ((ActorSystemImpl)system).CoordinatedShutdown;
    }

    /// <summary>The timeout of <paramref name="phase"/>.</summary>
    /// <exception cref="ArgumentException">The phase is not configured.</exception>
    public TimeSpan Timeout(string phase) => RequirePhase(phase).Timeout;

    /// <summary>
    /// Adds a task to <paramref name="phase"/>. Tasks of one phase run concurrently; the token is
    /// cancelled when the phase times out. A task added after its phase started does not run.
    /// </summary>
    /// <exception cref="ArgumentException">The phase is not configured (the message lists the known ones) or the name is empty.</exception>
    public void AddTask(string phase, string taskName, Func<CancellationToken, Task> task)
    {
        RequirePhase(phase);
        ArgumentException.ThrowIfNullOrWhiteSpace(taskName);
        ArgumentNullException.ThrowIfNull(task);
        lock (_lock)
        {
            if (_startedPhases.Contains(phase))
            {
                ShutdownLog.TaskAddedTooLate(Logger, phase, taskName);
                return;
            }

            if (!_tasks.TryGetValue(phase, out var list))
            {
                _tasks[phase] = list = [];
            }

            list.Add(new PhaseTask(taskName, task));
        }
    }

    /// <summary>
    /// Runs the phases (from <paramref name="fromPhase"/> on, when given). Only the first call starts a
    /// run and records its reason; every call returns the same task, which completes when all phases
    /// finished and faults when a phase with recover = off failed or timed out.
    /// </summary>
    public Task Run(ShutdownReason reason, string? fromPhase = null)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (fromPhase is not null)
        {
            RequirePhase(fromPhase);
        }

        if (Interlocked.CompareExchange(ref _reason, reason, null) is null)
        {
            _ = RunPhasesAsync(reason, fromPhase);
        }

        return _done.Task;
    }

    /// <summary>Hooks signals and process exit (run-by-clr-shutdown-hook) until the system terminates.</summary>
    internal void InstallClrHooks()
    {
        if (Settings.RunByClrShutdownHook)
        {
            var hooks = ClrShutdownHooks.Install(this);
            _system.RegisterOnTermination(hooks.Dispose);
        }
    }

    private ShutdownPhase RequirePhase(string phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        return Settings.Phases.TryGetValue(phase, out var found)
            ? found
            : throw new ArgumentException(
                $"Unknown coordinated shutdown phase [{phase}]; known phases: {string.Join(", ", Settings.OrderedPhases)}",
                nameof(phase));
    }

    private async Task TerminateSystemAsync(CancellationToken cancellationToken)
    {
        _system.FinalTerminate();
        await _system.WhenTerminated.WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
