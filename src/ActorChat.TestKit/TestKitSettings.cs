using ActorChat.Hocon;

namespace ActorChat.TestKit;

/// <summary>
/// The <c>actorchat.test.*</c> settings, bound once per test kit. Durations are stored undilated;
/// the kit applies <see cref="TimeFactor"/> where it waits.
/// </summary>
public sealed record TestKitSettings
{
    /// <summary>Multiplier of every test timeout (<c>actorchat.test.timefactor</c>).</summary>
    public double TimeFactor { get; init; } = 1.0;

    /// <summary>Wait of the ExpectMsg family without a timeout, outside Within.</summary>
    public TimeSpan SingleExpectDefault { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Bound of the kit's internal handshakes (Watch, ChildActorOf acknowledgements).</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an EventFilter waits after its block for the expected events.</summary>
    public TimeSpan FilterLeeway { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long Dispose waits for the actor system to terminate before failing the test.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Reads and validates every key; all problems are reported together.</summary>
    internal static TestKitSettings Bind(Config config)
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

        TimeSpan Duration(string path) => PositiveFinite(config.GetTimeSpan(path, allowInfinite: false));

        var defaults = new TestKitSettings();
        var settings = new TestKitSettings
        {
            TimeFactor = Read("actorchat.test.timefactor", p => Positive(config.GetDouble(p)), defaults.TimeFactor),
            SingleExpectDefault = Read("actorchat.test.single-expect-default", Duration, defaults.SingleExpectDefault),
            DefaultTimeout = Read("actorchat.test.default-timeout", Duration, defaults.DefaultTimeout),
            FilterLeeway = Read("actorchat.test.filter-leeway", Duration, defaults.FilterLeeway),
            ShutdownTimeout = Read("actorchat.test.shutdown-timeout", Duration, defaults.ShutdownTimeout),
        };

        return errors.Count == 0
            ? settings
            : throw new ConfigException("Invalid test kit settings: " + string.Join("; ", errors));
    }

    private static double Positive(double value) =>
        value > 0 && double.IsFinite(value) ? value : throw new ArgumentException($"must be a positive number, got {value}");

    private static TimeSpan PositiveFinite(TimeSpan value) =>
        value > TimeSpan.Zero ? value : throw new ArgumentException($"must be positive, got {value}");
}
