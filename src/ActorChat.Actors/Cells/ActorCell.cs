using ActorChat.Actors.Logging;
using ActorChat.Actors.Dispatch;
using ActorChat.Actors.Dispatch.SysMsg;
using ActorChat.Actors.Refs;
using ActorChat.Actors.Supervision;
using SysMsg = ActorChat.Actors.Dispatch.SysMsg;

namespace ActorChat.Actors.Cells;

/// <summary>
/// The runtime side of one actor: its mailbox, current message, behaviour stack, children, watches
/// and failure state. Every member except the children lookups and <see cref="Self"/> runs only on the
/// mailbox's run (one thread at a time), so cell state needs no locks. Split by concern into partials.
/// </summary>
internal sealed partial class ActorCell : IActorContext
{
    [ThreadStatic]
    private static ActorCell? t_current;

    [ThreadStatic]
    private static ActorCell? t_creating;

    private readonly ActorSystemImpl _system;
    private readonly IInternalActorRef _parent;
    private readonly Props _props;
    private readonly LocalActorRef _self;
    private readonly bool _isRoot;
    private ActorBase? _actor;
    private object? _currentMessage;
    private IActorRef? _currentSender;

    // Rarely used state (see CellExtras); null for most actors, never reset once set.
    private CellExtras? _extras;

    public ActorCell(ActorSystemImpl system, ActorPath path, Props props, IInternalActorRef parent, MessageDispatcher dispatcher, MessageQueue queue, bool isRoot = false)
    {
        _system = system;
        _props = props;
        _parent = parent;
        _isRoot = isRoot;
        // The ref holds the mailbox (Tell needs it); the cell reaches it through the ref, since per-message
        // processing (Mailbox → Invoke) never needs it and a field here cost every actor 8 bytes.
        var mailbox = new Mailbox(queue, dispatcher);
        mailbox.SetCell(this);
        _self = new LocalActorRef(this, path, mailbox);
    }

    /// <summary>The rare state, created on first use (only from the cell's own run).</summary>
    private CellExtras Extras => _extras ??= new CellExtras();

    /// <summary>The cell whose mailbox is running on this thread (set for the whole run).</summary>
    internal static ActorCell? Current
    {
        get => t_current;
        set => t_current = value;
    }

    public LocalActorRef Self => _self;

    IActorRef IMessageContext.Self => _self;

    /// <summary>Sender of the current message; DeadLetters when there was none (never null).</summary>
    public IActorRef Sender => _currentSender ?? _system.DeadLetters;

    public IInternalActorRef Parent => _parent;

    IActorRef IActorContext.Parent => _parent;

    public ActorSystemImpl System => _system;

    ActorSystem IActorContext.System => _system;

    public Props Props => _props;

    public Mailbox Mailbox => _self.Mailbox;

    internal ActorBase? Actor => _actor;

    internal bool IsTerminated => Mailbox.IsClosed;

    /// <summary>Hands the creating cell to the ActorBase constructor exactly once (so a nested <c>new</c> fails).</summary>
    internal static ActorCell? TakeCreating()
    {
        var cell = t_creating;
        t_creating = null;
        return cell;
    }

    /// <summary>Processes one user message (called by the mailbox run).</summary>
    public void Invoke(in Envelope envelope)
    {
        var message = envelope.Message;
        _currentMessage = message;
        _currentSender = envelope.Sender;
        try
        {
            if (message is IAutoReceivedMessage)
            {
                AutoReceiveMessage(message);
            }
            else
            {
                ReceiveMessage(message);
            }

            _currentMessage = null;
        }
        catch (Exception e)
        {
            HandleInvokeFailure(e);
        }

        if (_extras is { ReceiveTimeout: not null })
        {
            CheckReceiveTimeout(reschedule: message is not INotInfluenceReceiveTimeout);
        }
    }

    /// <summary>Processes one system message (called by the mailbox run, before user messages).</summary>
    public void SystemInvoke(ISystemMessage message)
    {
        try
        {
            switch (message)
            {
                case SysMsg.Create:
                    Create();
                    break;
                case SysMsg.Watch watch:
                    AddWatcher(watch.Watchee, watch.Watcher);
                    break;
                case SysMsg.Unwatch unwatch:
                    RemoveWatcher(unwatch.Watchee, unwatch.Watcher);
                    break;
                case DeathWatchNotification notification:
                    WatchedActorTerminated(notification.Actor, notification.ExistenceConfirmed, notification.AddressTerminated);
                    break;
                case Failed failed:
                    HandleFailed(failed);
                    break;
                case Recreate recreate:
                    FaultRecreate(recreate.Cause);
                    break;
                case SysMsg.Suspend:
                    FaultSuspend();
                    break;
                case SysMsg.Resume resume:
                    FaultResume(resume.CausedByFailure);
                    break;
                case SysMsg.Terminate:
                    Terminate();
                    break;
                case RunActorTask run:
                    RunActorTask(run.Scheduler, run.Task);
                    break;
                case ActorTaskCompleted completed:
                    ActorTaskCompleted(completed.Owner, completed.Failure);
                    break;
            }
        }
        catch (Exception e)
        {
            HandleInvokeFailure(e);
        }
    }

    private void ReceiveMessage(object message)
    {
        var actor = _actor;
        if (actor is null)
        {
            _system.DeadLetterRef.DeliverFrom(message, _currentSender, _self);
            return;
        }

        if (!actor.AroundReceive(CurrentBehavior(actor), message))
        {
            actor.UnhandledInternal(message);
        }
    }

    private void AutoReceiveMessage(object message)
    {
        switch (message)
        {
            case Terminated terminated:
                ReceivedTerminated(terminated);
                break;
            case DeathWatch.AddressTerminated addressTerminated:
                HandleAddressTerminated(addressTerminated.Address);
                break;
            case PoisonPill:
                _self.Stop();
                break;
            case Kill:
                throw new ActorKilledException("Kill");
            case Identify identify:
                Sender.Tell(new ActorIdentity(identify.MessageId, _self), _self);
                break;
            case ActorSelectionMessage selection:
                Paths.SelectionDelivery.Step(_system, _self, selection, _currentSender);
                break;
            case Timers.TimerMessage timer:
                ReceiveTimerMessage(timer);
                break;
        }
    }

    /// <summary>Builds a fresh instance (constructor runs with this cell as the creating cell).</summary>
    private ActorBase NewActor()
    {
        ResetBehaviorStack();
        var previous = t_creating;
        t_creating = this;
        ActorBase instance;
        try
        {
            instance = _props.NewActor();
            instance.OnConstructed();
            AttachStash(instance);
        }
        catch (Exception e)
        {
            throw new ActorInitializationException(_self, $"Exception while creating actor instance of type {_props.Type}.", e);
        }
        finally
        {
            t_creating = previous;
        }

        // The initial behaviour sits at the bottom; a Become inside the constructor stays on top of it.
        InstallInitialBehavior(instance);
        _actor = instance;
        var strategy = instance.SupervisorStrategyInternal;
        if (_extras is not null || !ReferenceEquals(strategy, SupervisorStrategy.DefaultStrategy))
        {
            Extras.Strategy = strategy;
        }

        return instance;
    }

    private void ClearActorInstance(ActorBase? actor)
    {
        _actor = null;
        ResetBehaviorStack();
        if (actor is IDisposable disposable)
        {
            try
            {
                disposable.Dispose();
            }
            catch (Exception e)
            {
                RuntimeLog.DisposeFailed(_system.RuntimeLogger, e, _self.Path);
            }
        }
    }

    public override string ToString() => "ActorCell" + _self;
}
