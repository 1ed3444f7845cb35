namespace ActorChat.Hosting;

/// <summary>The registry actor starters write to.</summary>
public interface IActorRegistry : IReadOnlyActorRegistry
{
    /// <exception cref="DuplicateActorRegistryException">A different actor is registered and <paramref name="overwrite"/> is false.</exception>
    void Register<TKey>(IActorRef actor, bool overwrite = false);

    /// <summary>False when <paramref name="actor"/> is null or the key is taken (and not overwritten).</summary>
    bool TryRegister<TKey>(IActorRef actor, bool overwrite = false);

    bool TryRegister(Type key, IActorRef actor, bool overwrite = false);
}
