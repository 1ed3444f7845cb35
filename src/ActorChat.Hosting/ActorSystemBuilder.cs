using ActorChat.Hocon;

namespace ActorChat.Hosting;

/// <summary>
/// Collects what <see cref="ServiceCollectionExtensions.AddActorSystem(Microsoft.Extensions.DependencyInjection.IServiceCollection, string, Action{ActorSystemBuilder, IServiceProvider})"/>
/// needs to create and start the system: HOCON layers, actor starters (run in registration order,
/// each awaited) and startup tasks (run after all starters). The configure callback fills it once,
/// when the system is first resolved.
/// </summary>
public sealed class ActorSystemBuilder
{
    private readonly List<ActorStarter> _starters = [];
    private readonly List<ActorStarter> _startupTasks = [];

    internal ActorSystemBuilder(string name, IServiceProvider services)
    {
        Name = name;
        Services = services;
    }

    public string Name { get; }

    public IServiceProvider Services { get; }

    /// <summary>The HOCON added so far (layered over the runtime's reference.conf at creation).</summary>
    public Config Configuration { get; private set; } = Config.Empty;

    internal IReadOnlyList<ActorStarter> Starters => _starters;

    internal IReadOnlyList<ActorStarter> StartupTasks => _startupTasks;

    public ActorSystemBuilder AddHocon(Config config, HoconAddMode mode)
    {
        ArgumentNullException.ThrowIfNull(config);
        Configuration = mode switch
        {
            HoconAddMode.Append => Configuration.WithFallback(config),
            HoconAddMode.Prepend => config.WithFallback(Configuration),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown HoconAddMode."),
        };
        return this;
    }

    public ActorSystemBuilder AddHocon(string hocon, HoconAddMode mode) =>
        AddHocon(ConfigurationFactory.ParseString(hocon), mode);

    public ActorSystemBuilder AddHoconFile(string path, HoconAddMode mode) =>
        AddHocon(ConfigurationFactory.ParseFile(path), mode);

    /// <summary>Starts actors once the system exists; starters run in registration order.</summary>
    public ActorSystemBuilder WithActors(Action<ActorSystem, IActorRegistry> starter)
    {
        ArgumentNullException.ThrowIfNull(starter);
        return WithActors(Sync(starter));
    }

    public ActorSystemBuilder WithActors(ActorStarter starter)
    {
        ArgumentNullException.ThrowIfNull(starter);
        _starters.Add(starter);
        return this;
    }

    /// <summary>Runs after every actor starter finished (e.g. to send first messages).</summary>
    public ActorSystemBuilder AddStartup(Action<ActorSystem, IActorRegistry> startup)
    {
        ArgumentNullException.ThrowIfNull(startup);
        return AddStartup(Sync(startup));
    }

    public ActorSystemBuilder AddStartup(ActorStarter startup)
    {
        ArgumentNullException.ThrowIfNull(startup);
        _startupTasks.Add(startup);
        return this;
    }

    private static ActorStarter Sync(Action<ActorSystem, IActorRegistry> action) => (system, registry, _) =>
    {
        action(system, registry);
        return Task.CompletedTask;
    };
}
