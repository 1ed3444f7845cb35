using System.Globalization;
using ActorChat.Actors.Shutdown;
using ActorChat.Hocon;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors;

/// <summary>
/// The <c>actorchat.*</c> settings of one system, bound once from config at creation (user config
/// over the embedded reference.conf). <see cref="Config"/> is the merged config for extensions.
/// </summary>
public sealed record ActorSystemSettings
{
    public required Config Config { get; init; }

    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary>How many dead letters are logged; 0 = none, int.MaxValue = all.</summary>
    public int LogDeadLetters { get; init; } = 10;

    public bool LogDeadLettersDuringShutdown { get; init; }

    /// <summary>Pause of dead-letter logging once <see cref="LogDeadLetters"/> lines were written; infinite = for good.</summary>
    public TimeSpan LogDeadLettersSuspendDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Default Ask timeout; <see cref="Timeout.InfiniteTimeSpan"/> = none.</summary>
    public TimeSpan AskTimeout { get; init; } = Timeout.InfiniteTimeSpan;

    /// <summary>"default" or "stopping".</summary>
    public string GuardianSupervisorStrategy { get; init; } = "default";

    public string SchedulerImplementation { get; init; } = "time-provider";

    /// <summary>The <c>actorchat.coordinated-shutdown</c> section (phases already ordered).</summary>
    public CoordinatedShutdownSettings CoordinatedShutdown { get; init; } = new();

    /// <summary>Reads and validates every setting; all problems are reported together.</summary>
    internal static ActorSystemSettings Bind(Config config)
    {
        var errors = new List<string>();
        T Read<T>(string path, Func<string, T> read, T fallback)
        {
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

        var settings = new ActorSystemSettings
        {
            Config = config,
            LogLevel = Read("actorchat.loglevel", p => ParseLogLevel(config.GetString(p)), LogLevel.Information),
            LogDeadLetters = Read("actorchat.log-dead-letters", p => ParseLogDeadLetters(config.GetString(p)), 10),
            LogDeadLettersDuringShutdown = Read("actorchat.log-dead-letters-during-shutdown", config.GetBoolean, false),
            LogDeadLettersSuspendDuration = Read("actorchat.log-dead-letters-suspend-duration", p => Positive(config.GetTimeSpan(p)), TimeSpan.FromMinutes(5)),
            AskTimeout = Read("actorchat.actor.ask-timeout", p => NormalizeAskTimeout(config.GetTimeSpan(p)), Timeout.InfiniteTimeSpan),
            GuardianSupervisorStrategy = Read("actorchat.actor.guardian-supervisor-strategy", p => OneOf(config.GetString(p), "default", "stopping"), "default"),
            SchedulerImplementation = Read("actorchat.scheduler.implementation", p => OneOf(config.GetString(p), "time-provider"), "time-provider"),
            CoordinatedShutdown = CoordinatedShutdownSettings.Bind(config, errors),
        };

        if (errors.Count > 0)
        {
            throw new ConfigException("Invalid actor system configuration:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", errors));
        }

        return settings;
    }

    private static LogLevel ParseLogLevel(string value) => value.ToUpperInvariant() switch
    {
        "DEBUG" => LogLevel.Debug,
        "TRACE" => LogLevel.Trace,
        "INFO" or "INFORMATION" => LogLevel.Information,
        "WARNING" or "WARN" => LogLevel.Warning,
        "ERROR" => LogLevel.Error,
        "OFF" or "NONE" => LogLevel.None,
        _ => throw new FormatException($"expected DEBUG, INFO, WARNING, ERROR or OFF, got '{value}'"),
    };

    private static int ParseLogDeadLetters(string value) => value.ToUpperInvariant() switch
    {
        "ON" or "TRUE" or "YES" => int.MaxValue,
        "OFF" or "FALSE" or "NO" => 0,
        _ when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) => count,
        _ => throw new FormatException($"expected a count, on or off, got '{value}'"),
    };

    private static TimeSpan Positive(TimeSpan value) =>
        value > TimeSpan.Zero || value == Timeout.InfiniteTimeSpan ? value : throw new FormatException($"must be positive or infinite, got {value}");

    private static TimeSpan NormalizeAskTimeout(TimeSpan value) =>
        value <= TimeSpan.Zero ? Timeout.InfiniteTimeSpan : value;

    private static string OneOf(string value, params string[] allowed) =>
        Array.IndexOf(allowed, value) >= 0
            ? value
            : throw new FormatException($"expected one of {string.Join(", ", allowed)}, got '{value}'");
}
