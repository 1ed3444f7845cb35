namespace ActorChat.Hosting.Registry;

/// <summary>DI's open-generic implementation of <see cref="IRequiredActor{TKey}"/>.</summary>
internal sealed class RequiredActor<TKey>(IReadOnlyActorRegistry registry) : IRequiredActor<TKey>
{
    private IActorRef? _actor;

    public IActorRef ActorRef => _actor ??= registry.Get<TKey>();

    public async Task<IActorRef> GetAsync(CancellationToken cancellationToken = default) =>
        _actor ??= await registry.GetAsync<TKey>(cancellationToken).ConfigureAwait(false);
}
