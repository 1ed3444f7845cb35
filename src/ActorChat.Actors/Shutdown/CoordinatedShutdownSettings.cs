using ActorChat.Hocon;

namespace ActorChat.Actors.Shutdown;

/// <summary>
/// The <c>actorchat.coordinated-shutdown</c> section, bound and validated once at system creation.
/// Phases are already ordered: <see cref="OrderedPhases"/> is the order a run visits them in.
/// </summary>
public sealed record CoordinatedShutdownSettings
{
    private const string Section = "actorchat.coordinated-shutdown";

    public TimeSpan DefaultPhaseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether phase <c>actor-system-terminate</c> gets the task that stops the actor hierarchy.</summary>
    public bool TerminateActorSystem { get; init; } = true;

    /// <summary>Whether the process exits (code 0) once a run has finished.</summary>
    public bool ExitClr { get; init; }

    /// <summary>Whether signals and process exit run CoordinatedShutdown.</summary>
    public bool RunByClrShutdownHook { get; init; } = true;

    /// <summary>Whether <see cref="ActorSystem.Terminate"/> runs CoordinatedShutdown.</summary>
    public bool RunByActorSystemTerminate { get; init; } = true;

    public IReadOnlyDictionary<string, ShutdownPhase> Phases { get; init; } = new Dictionary<string, ShutdownPhase>();

    public IReadOnlyList<string> OrderedPhases { get; init; } = [];

    /// <summary>Reads the section; every problem is added to <paramref name="errors"/> (prefixed with its path).</summary>
    internal static CoordinatedShutdownSettings Bind(Config config, List<string> errors)
    {
        T Read<T>(string key, Func<string, T> read, T fallback)
        {
            var path = Section + "." + key;
            try
            {
                return read(path);
            }
            catch (Exception e) when (e is ConfigException or FormatException or ArgumentException)
            {
                errors.Add($"{path}: {e.Message}");
                return fallback;
            }
        }

        var defaultTimeout = Read("default-phase-timeout", p => Positive(config.GetTimeSpan(p, allowInfinite: false)), TimeSpan.FromSeconds(5));
        var settings = new CoordinatedShutdownSettings
        {
            DefaultPhaseTimeout = defaultTimeout,
            TerminateActorSystem = Read("terminate-actor-system", config.GetBoolean, true),
            ExitClr = Read("exit-clr", config.GetBoolean, false),
            RunByClrShutdownHook = Read("run-by-clr-shutdown-hook", config.GetBoolean, true),
            RunByActorSystemTerminate = Read("run-by-actor-system-terminate", config.GetBoolean, true),
        };

        if (settings.RunByActorSystemTerminate && !settings.TerminateActorSystem)
        {
            errors.Add($"{Section}: run-by-actor-system-terminate = on requires terminate-actor-system = on (Terminate() would never stop the actors)");
        }

        var phases = new Dictionary<string, ShutdownPhase>(StringComparer.Ordinal);
        var phasesConfig = Read("phases", config.GetConfig, Config.Empty);
        foreach (var (name, value) in phasesConfig.AsEnumerable())
        {
            if (!value.IsObject)
            {
                errors.Add($"{Section}.phases.{name}: expected an object with depends-on, timeout and recover");
                continue;
            }

            var phase = value.ToConfig();
            phases[name] = new ShutdownPhase(
                name,
                Read($"phases.{name}.depends-on", _ => phase.HasPath("depends-on") ? phase.GetStringList("depends-on") : [], []),
                Read($"phases.{name}.timeout", _ => phase.HasPath("timeout") ? Positive(phase.GetTimeSpan("timeout", allowInfinite: false)) : defaultTimeout, defaultTimeout),
                Read($"phases.{name}.recover", _ => phase.GetBoolean("recover", true), true));
        }

        var graphErrors = new List<string>();
        var ordered = PhaseGraph.Order(phases, graphErrors);
        errors.AddRange(graphErrors.Select(e => $"{Section}.phases: {e}"));
        if (settings.TerminateActorSystem && !phases.ContainsKey(CoordinatedShutdown.PhaseActorSystemTerminate))
        {
            errors.Add($"{Section}.phases: terminate-actor-system = on needs phase [{CoordinatedShutdown.PhaseActorSystemTerminate}]");
        }

        return settings with { Phases = phases, OrderedPhases = ordered };
    }

    private static TimeSpan Positive(TimeSpan value) =>
        value > TimeSpan.Zero ? value : throw new FormatException($"expected a positive duration, got {value}");
}
