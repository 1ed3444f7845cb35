using ActorChat.Actors.Refs;
using ActorChat.Actors.Supervision;

namespace ActorChat.Actors.Tests.Supervision;

public sealed class ChildRestartStatsTests
{
    private static ChildRestartStats NewStats() => new(Nobody.Instance);

    [Fact]
    public void RestartPermission_ZeroRetries_NeverGranted()
    {
        Assert.False(NewStats().RequestRestartPermission(0, -1, 0));
        Assert.False(NewStats().RequestRestartPermission(0, 1000, 0));
    }

    [Fact]
    public void RestartPermission_RetriesWithoutWindow_LifetimeCount()
    {
        var stats = NewStats();
        Assert.True(stats.RequestRestartPermission(2, -1, 0));
        Assert.True(stats.RequestRestartPermission(2, -1, 1_000_000));
        Assert.False(stats.RequestRestartPermission(2, -1, 2_000_000));
    }

    [Fact]
    public void RestartPermission_Unlimited_AlwaysGranted()
    {
        var stats = NewStats();
        for (var i = 0; i < 100; i++)
        {
            Assert.True(stats.RequestRestartPermission(-1, -1, i));
        }
    }

    [Fact]
    public void RestartPermission_Window_CountsInsideAndResetsAfter()
    {
        var stats = NewStats();
        Assert.True(stats.RequestRestartPermission(2, 1000, 0));
        Assert.True(stats.RequestRestartPermission(2, 1000, 500));
        Assert.False(stats.RequestRestartPermission(2, 1000, 900));

        // Window elapsed: a new window starts with count 1.
        Assert.True(stats.RequestRestartPermission(2, 1000, 2000));
        Assert.True(stats.RequestRestartPermission(2, 1000, 2500));
        Assert.False(stats.RequestRestartPermission(2, 1000, 2600));
    }

    [Fact]
    public void RestartPermission_WindowWithoutRetries_TreatsMaxAsOne()
    {
        var stats = NewStats();
        Assert.True(stats.RequestRestartPermission(-1, 1000, 0));
        Assert.False(stats.RequestRestartPermission(-1, 1000, 10));
        Assert.True(stats.RequestRestartPermission(-1, 1000, 5000));
    }
}
