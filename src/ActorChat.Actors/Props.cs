using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.ExceptionServices;
using ActorChat.Actors.Supervision;

namespace ActorChat.Actors;

/// <summary>
/// An immutable recipe for an actor: how to construct it (the same arguments for every incarnation,
/// so a restart builds an equivalent instance), plus dispatcher, mailbox and supervisor strategy.
/// </summary>
public sealed class Props
{
    /// <summary>Config path of the dispatcher used when none is given.</summary>
    public const string DefaultDispatcherId = "actorchat.actor.default-dispatcher";

    /// <summary>Config path of the mailbox used when none is given.</summary>
    public const string DefaultMailboxId = "actorchat.actor.default-mailbox";

    private readonly Func<ActorBase> _factory;

    private Props(Type type, object?[] arguments, Func<ActorBase> factory, SupervisorStrategy? strategy, string dispatcher, string mailbox, int? stashCapacity = null)
    {
        Type = type;
        Arguments = arguments;
        _factory = factory;
        SupervisorStrategy = strategy;
        Dispatcher = dispatcher;
        Mailbox = mailbox;
        StashCapacity = stashCapacity;
    }

    /// <summary>The actor class.</summary>
    public Type Type { get; }

    /// <summary>Constructor arguments, evaluated once when the Props was built.</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>Strategy for the actor's children, unless the actor overrides SupervisorStrategy().</summary>
    public SupervisorStrategy? SupervisorStrategy { get; }

    public string Dispatcher { get; }

    public string Mailbox { get; }

    /// <summary>Stash bound for this actor (-1 = none); null = the mailbox's <c>stash-capacity</c>.</summary>
    public int? StashCapacity { get; }

    /// <summary>Constructs <typeparamref name="T"/> by reflection with <paramref name="args"/>.</summary>
    public static Props Create<T>(params object?[] args)
        where T : ActorBase =>
        Create(typeof(T), args);

    /// <summary>
    /// Constructs from a <c>() =&gt; new T(a, b)</c> expression. The argument expressions are evaluated
    /// now, once; every incarnation reuses the values.
    /// </summary>
    public static Props Create<T>(Expression<Func<T>> factory)
        where T : ActorBase
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (factory.Body is not NewExpression { Constructor: { } constructor } newExpression)
        {
            throw new ArgumentException("The create function must be a 'new T(args)' expression.", nameof(factory));
        }

        var args = newExpression.Arguments.Select(Evaluate).ToArray();
        return new Props(typeof(T), args, () => (ActorBase)Invoke(() => constructor.Invoke(args)), null, DefaultDispatcherId, DefaultMailboxId);
    }

    /// <summary>Constructs <paramref name="type"/> (an <see cref="ActorBase"/>) by reflection with <paramref name="args"/>.</summary>
    public static Props Create(Type type, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!typeof(ActorBase).IsAssignableFrom(type) || type.IsAbstract)
        {
            throw new ArgumentException($"{type} is not a concrete actor type (a subclass of ActorBase).", nameof(type));
        }

        var copy = args is null ? [] : (object?[])args.Clone();

        // No arguments and a public parameterless constructor: Activator's cached default-constructor
        // call. Passing an empty argument array instead binds constructor overloads by reflection on
        // every incarnation, which was a large part of creating an actor.
        Func<ActorBase> factory = copy.Length == 0 && type.GetConstructor(Type.EmptyTypes) is not null
            ? () => (ActorBase)Invoke(() => Activator.CreateInstance(type)!)
            : () => (ActorBase)Invoke(() => Activator.CreateInstance(type, copy)!);
        return new Props(type, copy, factory, null, DefaultDispatcherId, DefaultMailboxId);
    }

    public Props WithSupervisorStrategy(SupervisorStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return new Props(Type, (object?[])Arguments, _factory, strategy, Dispatcher, Mailbox, StashCapacity);
    }

    /// <summary>Runs the actor on the dispatcher configured at config path <paramref name="dispatcherId"/>.</summary>
    public Props WithDispatcher(string dispatcherId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dispatcherId);
        return new Props(Type, (object?[])Arguments, _factory, SupervisorStrategy, dispatcherId, Mailbox, StashCapacity);
    }

    /// <summary>Uses the mailbox configured at config path <paramref name="mailboxId"/>.</summary>
    public Props WithMailbox(string mailboxId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailboxId);
        return new Props(Type, (object?[])Arguments, _factory, SupervisorStrategy, Dispatcher, mailboxId, StashCapacity);
    }

    /// <summary>
    /// Bounds the stash of this actor at <paramref name="capacity"/> messages (-1 = unbounded), taking
    /// precedence over the mailbox's <c>stash-capacity</c>.
    /// </summary>
    public Props WithStashCapacity(int capacity)
    {
        if (capacity is not (-1 or > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "Stash capacity must be -1 (unbounded) or positive.");
        }

        return new Props(Type, (object?[])Arguments, _factory, SupervisorStrategy, Dispatcher, Mailbox, capacity);
    }

    internal ActorBase NewActor() => _factory();

    public override string ToString() => $"Props({Type.Name}, dispatcher={Dispatcher}, mailbox={Mailbox})";

    private static object? Evaluate(Expression expression) => expression switch
    {
        ConstantExpression constant => constant.Value,
        MemberExpression { Expression: ConstantExpression closure, Member: FieldInfo field } => field.GetValue(closure.Value),
        _ => Expression.Lambda<Func<object?>>(Expression.Convert(expression, typeof(object))).Compile()(),
    };

    private static object Invoke(Func<object> create)
    {
        try
        {
            return create();
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            // Surface the constructor's own exception, not the reflection wrapper.
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
