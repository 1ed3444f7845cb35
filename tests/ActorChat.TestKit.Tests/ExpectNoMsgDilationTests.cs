using System.Diagnostics;
using ActorChat.Actors;
using Xunit.Sdk;

namespace ActorChat.TestKit.Tests;

/// <summary>
/// timefactor = 10 makes the difference between the dilated and the undilated ExpectNoMsg large
/// enough for loose elapsed-time bounds (trap #19: the int overload is not dilated).
/// </summary>
public sealed class ExpectNoMsgDilationTests() : TestKit("actorchat.test.timefactor = 10")
{
    [Fact]
    public void ExpectNoMsg_IntMilliseconds_IsNotDilated()
    {
        var watch = Stopwatch.StartNew();
        ExpectNoMsg(100);
        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(800), $"took {watch.Elapsed}; a dilated wait would be 1000 ms");

        TestActor.Tell("x");
        AwaitCondition(() => HasMessages);
        var e = Assert.Throws<FailException>(() => ExpectNoMsg(100));
        Assert.Contains("during 100 ms", e.Message);
    }

    [Fact]
    public void ExpectNoMsg_TimeSpan_IsDilated()
    {
        var watch = Stopwatch.StartNew();
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(450), $"took only {watch.Elapsed}");

        TestActor.Tell("x");
        AwaitCondition(() => HasMessages);
        var e = Assert.Throws<FailException>(() => ExpectNoMsg(TimeSpan.FromMilliseconds(50)));
        Assert.Contains("during 500 ms", e.Message);
    }

    [Fact]
    public async Task ExpectNoMsgAsync_IntMilliseconds_IsNotDilated()
    {
        TestActor.Tell("x");
        await AwaitConditionAsync(() => HasMessages);
        var e = await Assert.ThrowsAsync<FailException>(() => ExpectNoMsgAsync(100));
        Assert.Contains("during 100 ms", e.Message);
    }
}
