using System.Collections;
using System.Runtime.CompilerServices;

namespace ActorChat.Hosting;

/// <summary>
/// Thread-safe map from a key type to a top-level actor, shared through DI (also as
/// <see cref="IActorRegistry"/> and <see cref="IReadOnlyActorRegistry"/>) and per system through
/// <see cref="For"/>. Registering wakes every <see cref="GetAsync(Type, CancellationToken)"/> waiter.
/// </summary>
public sealed class ActorRegistry : IActorRegistry
{
    private static readonly ConditionalWeakTable<ActorSystem, ActorRegistry> PerSystem = [];

    private readonly Lock _lock = new();
    private readonly Dictionary<Type, IActorRef> _actors = [];
    private readonly Dictionary<Type, TaskCompletionSource<IActorRef>> _waiters = [];

    /// <summary>The registry of <paramref name="system"/> (one per system; the hosted one when hosted).</summary>
    public static ActorRegistry For(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return PerSystem.GetValue(system, static _ => new ActorRegistry());
    }

    public void Register<TKey>(IActorRef actor, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!TryRegister<TKey>(actor, overwrite))
        {
            throw new DuplicateActorRegistryException(
                $"An actor is already registered under [{typeof(TKey)}]: {this[typeof(TKey)]}; pass overwrite: true to replace it.");
        }
    }

    public bool TryRegister<TKey>(IActorRef actor, bool overwrite = false) => TryRegister(typeof(TKey), actor, overwrite);

    public bool TryRegister(Type key, IActorRef actor, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (actor is null)
        {
            return false;
        }

        TaskCompletionSource<IActorRef>? waiter;
        lock (_lock)
        {
            if (!overwrite && _actors.TryGetValue(key, out var existing) && !existing.Equals(actor))
            {
                return false;
            }

            _actors[key] = actor;
            _waiters.Remove(key, out waiter);
        }

        waiter?.TrySetResult(actor);
        return true;
    }

    public IActorRef Get<TKey>() =>
        TryGet<TKey>(out var actor)
            ? actor
            : throw new MissingActorRegistryEntryException(
                $"No actor is registered under [{typeof(TKey)}]. If it is registered later (e.g. by a starter that has not run yet), use GetAsync.");

    public bool TryGet<TKey>(out IActorRef actor) => TryGet(typeof(TKey), out actor);

    public bool TryGet(Type key, out IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock)
        {
            if (_actors.TryGetValue(key, out var found))
            {
                actor = found;
                return true;
            }
        }

        actor = ActorRefs.Nobody;
        return false;
    }

    public Task<IActorRef> GetAsync<TKey>(CancellationToken cancellationToken = default) => GetAsync(typeof(TKey), cancellationToken);

    public Task<IActorRef> GetAsync(Type key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock)
        {
            if (_actors.TryGetValue(key, out var found))
            {
                return Task.FromResult(found);
            }

            if (!_waiters.TryGetValue(key, out var waiter))
            {
                _waiters[key] = waiter = new TaskCompletionSource<IActorRef>(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return waiter.Task.WaitAsync(cancellationToken);
        }
    }

    public IEnumerator<KeyValuePair<Type, IActorRef>> GetEnumerator()
    {
        KeyValuePair<Type, IActorRef>[] snapshot;
        lock (_lock)
        {
            snapshot = [.. _actors];
        }

        return ((IEnumerable<KeyValuePair<Type, IActorRef>>)snapshot).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static void Bind(ActorSystem system, ActorRegistry registry) => PerSystem.AddOrUpdate(system, registry);

    private IActorRef this[Type key] => TryGet(key, out var actor) ? actor : ActorRefs.Nobody;
}
