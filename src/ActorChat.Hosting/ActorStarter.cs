namespace ActorChat.Hosting;

/// <summary>An asynchronous actor starter or startup task (see <see cref="ActorSystemBuilder"/>).</summary>
public delegate Task ActorStarter(ActorSystem system, IActorRegistry registry, CancellationToken cancellationToken);
