using ActorChat.Hosting.Lifetime;
using ActorChat.Hosting.Registry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ActorChat.Hosting;

/// <summary>Registers an actor system with the generic host (the Akka.Hosting shape).</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddActorSystem(this IServiceCollection services, string name, Action<ActorSystemBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddActorSystem(name, (builder, _) => configure(builder));
    }

    /// <summary>
    /// Registers singletons <see cref="ActorSystem"/> (created on first resolution, logging through the
    /// host's <see cref="ILoggerFactory"/>), <see cref="ActorRegistry"/> (also as
    /// <see cref="IActorRegistry"/> and <see cref="IReadOnlyActorRegistry"/>), the open generic
    /// <see cref="IRequiredActor{TKey}"/>, and the hosted service that starts the system with the host
    /// and runs CoordinatedShutdown when the host stops. <paramref name="configure"/> runs once, lazily.
    /// If the system terminates while the host is not stopping, the host is stopped; unless a process
    /// signal caused it, <see cref="Environment.ExitCode"/> is set to 1 so the process exits non-zero.
    /// </summary>
    public static IServiceCollection AddActorSystem(this IServiceCollection services, string name, Action<ActorSystemBuilder, IServiceProvider> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddSingleton(sp =>
        {
            var builder = new ActorSystemBuilder(name, sp);
            configure(builder, sp);
            return builder;
        });
        services.AddSingleton(sp =>
        {
            var builder = sp.GetRequiredService<ActorSystemBuilder>();
            var system = ActorSystem.Create(name, new ActorSystemSetup
            {
                Config = builder.Configuration,
                LoggerFactory = sp.GetService<ILoggerFactory>(),
                TimeProvider = sp.GetService<TimeProvider>(),
            });
            ActorRegistry.Bind(system, sp.GetRequiredService<ActorRegistry>());
            return system;
        });
        services.AddSingleton<ActorRegistry>();
        services.AddSingleton<IActorRegistry>(sp => sp.GetRequiredService<ActorRegistry>());
        services.AddSingleton<IReadOnlyActorRegistry>(sp => sp.GetRequiredService<ActorRegistry>());
        services.TryAddSingleton(typeof(IRequiredActor<>), typeof(RequiredActor<>));
        services.TryAddSingleton<ProcessExitCode>();
        services.AddHostedService<ActorSystemHostedService>();
        return services;
    }
}
