using ActorChat.Hocon;

namespace ActorChat.TestKit;

/// <summary>The <c>actorchat.test.*</c> settings, bound once per test kit.</summary>
public sealed record TestKitSettings(double TimeFactor, TimeSpan SingleExpectDefault, TimeSpan DefaultTimeout)
{
    internal static TestKitSettings Bind(Config config)
    {
        var factor = config.GetDouble("actorchat.test.timefactor", 1.0);
        if (factor <= 0)
        {
            throw new ConfigException($"actorchat.test.timefactor must be positive, got {factor}");
        }

        return new TestKitSettings(
            factor,
            config.GetTimeSpan("actorchat.test.single-expect-default", TimeSpan.FromSeconds(3), allowInfinite: false),
            config.GetTimeSpan("actorchat.test.default-timeout", TimeSpan.FromSeconds(5), allowInfinite: false));
    }
}
