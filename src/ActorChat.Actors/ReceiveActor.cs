using ActorChat.Actors.Receiving;

namespace ActorChat.Actors;

/// <summary>
/// An actor whose behaviour is a list of typed handlers registered in the constructor (or inside a
/// <see cref="Become(Action)"/> configure action). Handlers are tried in registration order; nothing
/// may be registered after a catch-all; no match → <see cref="ActorBase.Unhandled"/>.
/// </summary>
public abstract class ReceiveActor : UntypedActor
{
    private HandlerSetBuilder? _building = new();
    private HandlerSet? _initial;

    protected sealed override void OnReceive(object message)
    {
        if (!_initial!.TryHandle(message))
        {
            Unhandled(message);
        }
    }

    internal override void OnConstructed()
    {
        _initial = _building!.Build();
        _building = null;
    }

    // The cell calls the handler set directly: one delegate call instead of three virtual hops.
    internal override Receive InitialBehavior() => _initial!.TryHandle;

    /// <summary>Replaces the behaviour with the handlers <paramref name="configure"/> registers.</summary>
    protected void Become(Action configure) => Become(Build(configure).TryHandle);

    /// <summary>Pushes the handlers <paramref name="configure"/> registers as the behaviour.</summary>
    protected void BecomeStacked(Action configure) => BecomeStacked(Build(configure).TryHandle);

    protected void Receive<T>(Action<T> handler, Predicate<T>? shouldHandle = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Add(new ActionHandler<T>(handler, shouldHandle));
    }

    protected void Receive<T>(Predicate<T> shouldHandle, Action<T> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Add(new ActionHandler<T>(handler, shouldHandle));
    }

    /// <summary>The handler returns whether it handled the message; false tries the next handler.</summary>
    protected void Receive<T>(Func<T, bool> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Add(new FuncHandler<T>(handler));
    }

    protected void Receive(Type messageType, Action<object> handler, Predicate<object>? shouldHandle = null)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        ArgumentNullException.ThrowIfNull(handler);
        Add(new TypeHandler(
            messageType,
            m =>
            {
                if (shouldHandle is not null && !shouldHandle(m))
                {
                    return false;
                }

                handler(m);
                return true;
            },
            catchAll: messageType == typeof(object) && shouldHandle is null));
    }

    protected void Receive(Type messageType, Func<object, bool> handler)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        ArgumentNullException.ThrowIfNull(handler);
        Add(new TypeHandler(messageType, handler, catchAll: false));
    }

    /// <summary>Async handler: the mailbox is suspended until the task completes; a fault is an actor failure.</summary>
    protected void ReceiveAsync<T>(Func<T, Task> handler, Predicate<T>? shouldHandle = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Add(new AsyncHandler<T>(Cell, handler, shouldHandle));
    }

    protected void ReceiveAsync<T>(Predicate<T> shouldHandle, Func<T, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Add(new AsyncHandler<T>(Cell, handler, shouldHandle));
    }

    protected void ReceiveAnyAsync(Func<object, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Add(new AsyncHandler<object>(Cell, handler, null));
    }

    /// <summary>Catch-all; must be the last registration.</summary>
    protected void ReceiveAny(Action<object> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Add(new ActionHandler<object>(handler, null));
    }

    private void Add(MessageHandler handler)
    {
        if (_building is null)
        {
            throw new InvalidOperationException(
                "You may only call Receive-methods when constructing the actor and inside Become().");
        }

        _building.Add(handler);
    }

    private HandlerSet Build(Action configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var previous = _building;
        _building = new HandlerSetBuilder();
        try
        {
            configure();
            return _building.Build();
        }
        finally
        {
            _building = previous;
        }
    }
}
