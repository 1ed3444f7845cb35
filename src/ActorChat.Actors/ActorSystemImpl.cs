using ActorChat.Actors.Cells;
using ActorChat.Actors.DeathWatch;
using ActorChat.Actors.Dispatch;
using ActorChat.Actors.Dispatch.SysMsg;
using ActorChat.Actors.Events;
using ActorChat.Actors.Guardians;
using ActorChat.Actors.Logging;
using ActorChat.Actors.Refs;
using ActorChat.Actors.Scheduling;
using ActorChat.Actors.Shutdown;
using ActorChat.Actors.Supervision;
using ActorChat.Hocon;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorChat.Actors;

/// <summary>
/// The actor system. Startup builds, in order: root <c>/</c> (parent: a synthetic supervisor),
/// <c>/user</c>, <c>/system</c> (watches /user); the root watches /system.
/// Termination: stop /user → /system sees it and stops → root sees that and stops → the synthetic
/// supervisor gets the root's death → scheduler shut down, callbacks run, WhenTerminated completes.
/// </summary>
internal sealed class ActorSystemImpl : ActorSystem
{
    internal const string InternalDispatcherId = "actorchat.actor.internal-dispatcher";

    private readonly TaskCompletionSource _terminated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _callbacksLock = new();
    private readonly Stack<Action> _terminationCallbacks = new();
    private readonly TimeProviderScheduler _scheduler;
    private ActorCell _rootCell = null!;
    private LocalActorRef _userGuardian = null!;
    private LocalActorRef _systemGuardian = null!;
    private int _terminating;
    private bool _terminatedFlag;
    private IRemoteRefProvider? _remoteProvider;

    public ActorSystemImpl(string name, ActorSystemSetup setup)
    {
        ValidateName(name);
        Name = name;
        var reference = ConfigurationFactory.FromResource(typeof(ActorSystem).Assembly, "ActorChat.Actors.reference.conf");
        var config = setup.Config is { IsEmpty: false } user ? user.WithFallback(reference) : reference;
        Settings = ActorSystemSettings.Bind(config);
        LoggerFactory = setup.LoggerFactory ?? NullLoggerFactory.Instance;
        TimeProvider = setup.TimeProvider ?? TimeProvider.System;
        RuntimeLogger = new LevelFilteringLogger(LoggerFactory.CreateLogger("ActorChat.Actors.ActorSystem"), Settings.LogLevel);
        Log = new LoggerAdapter(RuntimeLogger);
        EventStream = new EventStream();
        _scheduler = new TimeProviderScheduler(TimeProvider, RuntimeLogger);
        Dispatchers = new Dispatchers(config);
        Mailboxes = new Mailboxes(config);
        Address = Address.Local(name);
        RootPath = ActorPath.RootOf(Address);
        DeadLetterRef = new DeadLetterActorRef(this, RootPath / "deadLetters");
        TempContainer = new TempContainer(this, RootPath / "temp");
        CoordinatedShutdown = new CoordinatedShutdown(this, Settings.CoordinatedShutdown);
    }

    public override string Name { get; }

    public override ActorSystemSettings Settings { get; }

    public override EventStream EventStream { get; }

    public override IActorRef DeadLetters => DeadLetterRef;

    public override IScheduler Scheduler => _scheduler;

    public override ILoggingAdapter Log { get; }

    public override ILoggerFactory LoggerFactory { get; }

    public override TimeProvider TimeProvider { get; }

    public override Address Address { get; }

    public override Task WhenTerminated => _terminated.Task;

    internal ActorPath RootPath { get; }

    internal ILogger RuntimeLogger { get; }

    internal DeadLetterActorRef DeadLetterRef { get; }

    internal TempContainer TempContainer { get; }

    internal Dispatchers Dispatchers { get; }

    internal Mailboxes Mailboxes { get; }

    internal AddressTerminatedTopic AddressTerminatedTopic { get; } = new();

    internal CoordinatedShutdown CoordinatedShutdown { get; }

    internal LocalActorRef RootGuardian => _rootCell.Self;

    internal LocalActorRef UserGuardian => _userGuardian;

    internal LocalActorRef SystemGuardian => _systemGuardian;

    internal bool IsTerminating => Volatile.Read(ref _terminating) == 1;

    /// <summary>Remoting's hook for non-local addresses; null while the system is purely local.</summary>
    internal IRemoteRefProvider? RemoteProvider => Volatile.Read(ref _remoteProvider);

    /// <summary>Installs remoting (once per system).</summary>
    internal void InstallRemoteProvider(IRemoteRefProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (Interlocked.CompareExchange(ref _remoteProvider, provider, null) is not null)
        {
            throw new InvalidOperationException($"Remoting is already installed in actor system [{Name}].");
        }
    }

    internal void Start()
    {
        var supervisor = new GuardianSupervisorRef(this, RootPath / "bubble-walker");
        var internalDispatcher = Dispatchers.Lookup(InternalDispatcherId);
        _rootCell = new ActorCell(this, RootPath, Props.Create<RootGuardianActor>(), supervisor, internalDispatcher, Mailboxes.CreateQueue(Props.DefaultMailboxId), isRoot: true);
        _rootCell.Mailbox.PostSystem(Dispatch.SysMsg.Create.Instance);

        var userStrategy = Settings.GuardianSupervisorStrategy == "stopping"
            ? SupervisorStrategy.StoppingStrategy
            : SupervisorStrategy.DefaultStrategy;
        _userGuardian = _rootCell.AttachChild(
            Props.Create<UserGuardianActor>().WithSupervisorStrategy(userStrategy).WithDispatcher(InternalDispatcherId), "user");
        _systemGuardian = _rootCell.AttachChild(
            Props.Create<SystemGuardianActor>(_userGuardian).WithDispatcher(InternalDispatcherId), "system");
        _rootCell.Self.Tell(new WatchGuardian(_systemGuardian), null);
        CoordinatedShutdown.InstallClrHooks();
        EventStreamActors.Start(this);
        RuntimeLog.SystemStarted(RuntimeLogger, Name);
    }

    public override Task Terminate()
    {
        if (Settings.CoordinatedShutdown.RunByActorSystemTerminate)
        {
            // Its last phase (actor-system-terminate) calls FinalTerminate.
            _ = CoordinatedShutdown.Run(ActorSystemTerminateReason.Instance);
        }
        else
        {
            FinalTerminate();
        }

        return WhenTerminated;
    }

    /// <summary>
    /// Stops the actor hierarchy directly (user guardian first): the seam CoordinatedShutdown's
    /// terminate-system task calls, and Terminate() when run-by-actor-system-terminate = off.
    /// </summary>
    internal void FinalTerminate()
    {
        if (Interlocked.Exchange(ref _terminating, 1) == 0)
        {
            _userGuardian.Stop();
        }
    }

    /// <summary>The root guardian is gone: shut the scheduler down, run callbacks, complete WhenTerminated.</summary>
    internal void OnRootTerminated()
    {
        Volatile.Write(ref _terminating, 1);
        _scheduler.Shutdown();
        Action[] callbacks;
        lock (_callbacksLock)
        {
            _terminatedFlag = true;
            callbacks = [.. _terminationCallbacks];
            _terminationCallbacks.Clear();
        }

        foreach (var callback in callbacks)
        {
            RunCallback(callback);
        }

        RuntimeLog.SystemTerminated(RuntimeLogger, Name);
        _terminated.TrySetResult();
    }

    public override void RegisterOnTermination(Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        lock (_callbacksLock)
        {
            if (!_terminatedFlag)
            {
                _terminationCallbacks.Push(callback);
                return;
            }
        }

        RunCallback(callback);
    }

    public override IActorRef ActorOf(Props props, string? name = null) => _userGuardian.Cell.AttachChild(props, name);

    public override IActorRef SystemActorOf(Props props, string? name = null) => _systemGuardian.Cell.AttachChild(props, name);

    public override ActorSelection ActorSelection(string path) => Actors.ActorSelection.Create(this, RootGuardian, path);

    public override ActorSelection ActorSelection(ActorPath path) => Actors.ActorSelection.Create(this, path);

    public override void Stop(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor is not IInternalActorRef target)
        {
            return;
        }

        var parent = target.Parent;
        if (parent.Equals(_userGuardian) || parent.Equals(_systemGuardian))
        {
            // Through the guardian, so it knows the child is meant to die.
            parent.Tell(new StopChild(actor), null);
        }
        else
        {
            target.Stop();
        }
    }

    internal IInternalActorRef ResolveRootVirtualChild(string name) => name switch
    {
        "deadLetters" => DeadLetterRef,
        "temp" => TempContainer,
        _ => Nobody.Instance,
    };

    internal ILoggingAdapter CreateLoggingAdapter(Type category) =>
        new LoggerAdapter(new LevelFilteringLogger(LoggerFactory.CreateLogger(category.FullName ?? category.Name), Settings.LogLevel));

    private void RunCallback(Action callback)
    {
        try
        {
            callback();
        }
        catch (Exception e)
        {
            RuntimeLog.TerminationCallbackFailed(RuntimeLogger, e, Name);
        }
    }

    private static void ValidateName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var valid = name.Length > 0 && char.IsAsciiLetterOrDigit(name[0]);
        foreach (var c in name)
        {
            valid &= char.IsAsciiLetterOrDigit(c) || c == '-';
        }

        if (!valid)
        {
            throw new ArgumentException(
                $"Invalid ActorSystem name [{name}], must contain only ASCII letters, digits and '-', and start with a letter or digit.",
                nameof(name));
        }
    }
}
