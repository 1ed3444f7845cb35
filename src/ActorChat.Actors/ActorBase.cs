using ActorChat.Actors.Cells;
using ActorChat.Actors.Events;
using ActorChat.Actors.Logging;
using ActorChat.Actors.Supervision;

namespace ActorChat.Actors;

/// <summary>
/// Base of all actors. Instances are created only by the runtime (from <see cref="Props"/>); a
/// <c>new</c> anywhere else throws <see cref="ActorInitializationException"/>.
/// </summary>
public abstract partial class ActorBase
{
    private readonly ActorCell _cell;
    private ILoggingAdapter? _log;

    protected ActorBase()
    {
        _cell = ActorCell.TakeCreating() ?? throw new ActorInitializationException(
            "Do not create actors using 'new', always create them using Props (e.g. system.ActorOf(Props.Create<MyActor>())).");

        // Before the derived constructor body runs, so timers can be started there.
        if (this is Timers.IWithTimers withTimers)
        {
            withTimers.Timers = _cell.CreateTimerScheduler();
        }
    }

    /// <summary>
    /// The context of the actor whose message is being processed on this thread. Outside that (e.g. in
    /// a thread-pool continuation) it throws; capture <see cref="Self"/> and <see cref="Sender"/> first.
    /// </summary>
    protected static IActorContext Context => ActorCell.Current ?? throw new NotSupportedException(
        "There is no active ActorContext, this is most likely due to use of async operations from within this actor.");

    /// <summary>This actor's ref; safe to capture and use from any thread.</summary>
    protected IActorRef Self => _cell.Self;

    /// <summary>Sender of the message being processed (DeadLetters when none).</summary>
    protected IActorRef Sender => _cell.Sender;

    /// <summary>
    /// Logger for this actor, filtered by <c>actorchat.loglevel</c>. Its category is the actor's type
    /// (full name), not its path: paths of per-request or generated (<c>$a</c>) actors are unbounded,
    /// and logger factories keep one logger per category for their whole life; a type is also what
    /// logging configuration filters name. Put the path in the message when it matters (<see cref="Self"/>).
    /// </summary>
    protected ILoggingAdapter Log => _log ??= _cell.System.CreateLoggingAdapter(GetType());

    internal ActorCell Cell => _cell;

    /// <summary>Handles a message; false means unhandled.</summary>
    protected abstract bool Receive(object message);

    /// <summary>
    /// Intercepts every user message. Extensions (timers, stash) override it; they must call base.
    /// </summary>
    protected internal virtual bool AroundReceive(Receive receive, object message) => receive(message);

    /// <summary>
    /// Unhandled <see cref="Terminated"/> throws <see cref="DeathPactException"/>; anything else is
    /// published as <see cref="UnhandledMessage"/>.
    /// </summary>
    protected virtual void Unhandled(object message)
    {
        if (message is Terminated terminated)
        {
            throw new DeathPactException(terminated.ActorRef);
        }

        _cell.System.EventStream.Publish(new UnhandledMessage(message, _cell.Sender, _cell.Self));
    }

    protected void Become(Receive receive) => _cell.Become(receive);

    protected void BecomeStacked(Receive receive) => _cell.BecomeStacked(receive);

    protected void UnbecomeStacked() => _cell.UnbecomeStacked();

    protected void SetReceiveTimeout(TimeSpan? timeout) => _cell.SetReceiveTimeout(timeout);

    /// <summary>Strategy for this actor's children; default: the Props' strategy, else <see cref="SupervisorStrategy.DefaultStrategy"/>.</summary>
    protected virtual SupervisorStrategy SupervisorStrategy() =>
        _cell.Props.SupervisorStrategy ?? Supervision.SupervisorStrategy.DefaultStrategy;

    // Not cached here: the cell asks once per instance, after the constructor, and keeps a non-default
    // answer in its CellExtras (a field here cost every actor 8 bytes).
    internal SupervisorStrategy SupervisorStrategyInternal => SupervisorStrategy();

    internal virtual Receive InitialBehavior() => Receive;

    internal void UnhandledInternal(object message) => Unhandled(message);

    /// <summary>Called by the cell right after the constructor returned.</summary>
    internal virtual void OnConstructed()
    {
    }
}
