using ActorChat.Actors;
using ActorChat.TestKit.Tests.Infrastructure;
using Xunit.Sdk;

namespace ActorChat.TestKit.Tests;

/// <summary>Disposing a test kit: the system is terminated, within a bound, or the test fails.</summary>
public sealed class TestKitDisposeTests
{
    [Fact]
    public void Dispose_SystemStopsInTime_TerminatesIt()
    {
        var kit = new TestKit();
        kit.ActorOf(Props.Create<EchoActor>());
        kit.Dispose();
        Assert.True(kit.Sys.WhenTerminated.IsCompletedSuccessfully);
        kit.Dispose();
    }

    [Fact]
    public async Task Dispose_PostStopBlocksPastShutdownTimeout_FailsTheTest()
    {
        using var gate = new ManualResetEventSlim(false);
        var kit = new TestKit("actorchat.test.shutdown-timeout = 200ms");
        var blocker = kit.Watch(kit.ActorOf(Props.Create(() => new BlockingStopActor(gate))));

        var e = Assert.Throws<FailException>(kit.Dispose);

        Assert.Contains("did not terminate within 200 ms", e.Message);
        Assert.False(kit.Sys.WhenTerminated.IsCompleted);
        gate.Set();
        await kit.Sys.WhenTerminated.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(blocker);
    }

    [Fact]
    public void Dispose_ShutdownTimeout_IsDilated()
    {
        using var gate = new ManualResetEventSlim(false);
        var kit = new TestKit("actorchat.test { shutdown-timeout = 100ms, timefactor = 3 }");
        kit.ActorOf(Props.Create(() => new BlockingStopActor(gate)));
        var e = Assert.Throws<FailException>(kit.Dispose);
        gate.Set();
        Assert.Contains("within 300 ms", e.Message);
    }

    [Fact]
    public void Dispose_ResetsTheAmbientSender()
    {
        var kit = new TestKit();
        Assert.Equal(kit.TestActor, AmbientSender.Current);
        kit.Dispose();
        Assert.Null(AmbientSender.Current);
    }
}
