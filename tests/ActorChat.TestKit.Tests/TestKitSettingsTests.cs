using ActorChat.Hocon;

namespace ActorChat.TestKit.Tests;

public sealed class TestKitSettingsTests() : TestKit("actorchat.test.filter-leeway = 1500ms")
{
    [Fact]
    public void Settings_ReferenceConfig_GivesDocumentedDefaults()
    {
        Assert.Equal(1.0, TestKitSettings.TimeFactor);
        Assert.Equal(TimeSpan.FromSeconds(3), TestKitSettings.SingleExpectDefault);
        Assert.Equal(TimeSpan.FromSeconds(5), TestKitSettings.DefaultTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), TestKitSettings.ShutdownTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), TestKitSettings.FilterLeeway);
    }

    [Fact]
    public void Settings_InvalidValues_ReportsAllErrorsTogether()
    {
        var e = Assert.Throws<ConfigException>(() => new TestKit("actorchat.test { timefactor = 0, filter-leeway = infinite, single-expect-default = -1s }"));
        Assert.Contains("actorchat.test.timefactor", e.Message);
        Assert.Contains("actorchat.test.filter-leeway", e.Message);
        Assert.Contains("actorchat.test.single-expect-default", e.Message);
    }
}
