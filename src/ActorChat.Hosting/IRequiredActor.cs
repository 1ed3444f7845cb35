namespace ActorChat.Hosting;

/// <summary>An actor from the <see cref="ActorRegistry"/>, injectable anywhere DI reaches.</summary>
/// <typeparam name="TKey">The key it was registered under.</typeparam>
public interface IRequiredActor<TKey>
{
    /// <summary>The actor; cached once found.</summary>
    /// <exception cref="MissingActorRegistryEntryException">Not registered yet (use <see cref="GetAsync"/> in code that may run before the starters).</exception>
    IActorRef ActorRef { get; }

    /// <summary>Waits until the actor is registered.</summary>
    Task<IActorRef> GetAsync(CancellationToken cancellationToken = default);
}
