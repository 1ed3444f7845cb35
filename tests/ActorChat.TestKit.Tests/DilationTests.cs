using System.Diagnostics;
using ActorChat.Actors;
using Xunit.Sdk;

namespace ActorChat.TestKit.Tests;

/// <summary>timefactor = 2: explicit timeouts and defaults take twice as long.</summary>
public sealed class DilationTests() : TestKit("actorchat.test { timefactor = 2, single-expect-default = 150ms }")
{
    [Fact]
    public void Dilated_TimeFactorTwo_DoublesDurations()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(400), Dilated(TimeSpan.FromMilliseconds(200)));
        Assert.Equal(Timeout.InfiniteTimeSpan, Dilated(Timeout.InfiniteTimeSpan));
    }

    [Fact]
    public void ExpectMsg_ExplicitTimeout_WaitsTwiceAsLong()
    {
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<FailException>(() => ExpectMsg<string>(TimeSpan.FromMilliseconds(150)));
        Assert.Contains("Timeout (300 ms)", e.Message);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(280), $"waited only {watch.Elapsed}");
    }

    [Fact]
    public void ExpectMsg_NoTimeout_UsesDilatedSingleExpectDefault()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(300), RemainingOrDefault);
        var e = Assert.Throws<FailException>(() => ExpectMsg<string>());
        Assert.Contains("Timeout (300 ms)", e.Message);
    }

    [Fact]
    public void Within_Max_IsDilated() =>
        Within(TimeSpan.FromMilliseconds(200), () => Assert.True(Remaining > TimeSpan.FromMilliseconds(200)));

    [Fact]
    public void ExpectNoMsg_WithoutArgument_IsNotDilatedTwice()
    {
        TestActor.Tell("x");
        AwaitCondition(() => HasMessages);
        var e = Assert.Throws<FailException>(() => ExpectNoMsg());
        Assert.Contains("during 300 ms", e.Message);
    }

    [Fact]
    public void AwaitCondition_ExplicitMax_IsDilated()
    {
        var e = Assert.Throws<FailException>(() => AwaitCondition(() => false, TimeSpan.FromMilliseconds(100)));
        Assert.Contains("Timeout 200 ms expired", e.Message);
    }
}
