namespace ActorChat.Hosting;

/// <summary>Looks up top-level actors by a key type (a marker class is the usual key).</summary>
public interface IReadOnlyActorRegistry : IEnumerable<KeyValuePair<Type, IActorRef>>
{
    /// <exception cref="MissingActorRegistryEntryException">Nothing is registered under <typeparamref name="TKey"/>.</exception>
    IActorRef Get<TKey>();

    /// <summary>False (and <see cref="ActorRefs.Nobody"/>) when nothing is registered.</summary>
    bool TryGet<TKey>(out IActorRef actor);

    bool TryGet(Type key, out IActorRef actor);

    /// <summary>Completes once an actor is registered under <typeparamref name="TKey"/>.</summary>
    Task<IActorRef> GetAsync<TKey>(CancellationToken cancellationToken = default);

    Task<IActorRef> GetAsync(Type key, CancellationToken cancellationToken = default);
}
