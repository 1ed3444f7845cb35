using ActorChat.Actors;
using Xunit.Sdk;

namespace ActorChat.TestKit.Tests;

public sealed class WithinTests : TestKit
{
    [Fact]
    public void Within_BlockInTime_ReturnsItsValue()
    {
        TestActor.Tell("x");
        Assert.Equal("x", Within(TimeSpan.FromSeconds(3), () => ExpectMsg<string>()));
    }

    [Fact]
    public void Within_ExpectWithoutTimeout_UsesRemainingTime()
    {
        var e = Assert.Throws<FailException>(() => Within(TimeSpan.FromMilliseconds(200), () => ExpectMsg<string>()));
        Assert.Matches(@"Timeout \((1?\d?\d|200) ms\)", e.Message);
    }

    [Fact]
    public void Within_Nested_CanOnlyNarrowTheDeadline()
    {
        Within(TimeSpan.FromMilliseconds(500), () =>
        {
            Within(TimeSpan.FromSeconds(10), () => Assert.True(Remaining <= TimeSpan.FromMilliseconds(500)));
            Within(TimeSpan.FromMilliseconds(100), () => Assert.True(Remaining <= TimeSpan.FromMilliseconds(100)));
            Assert.True(Remaining > TimeSpan.FromMilliseconds(100));
        });
    }

    [Fact]
    public void Within_BlockFasterThanMin_Fails()
    {
        var e = Assert.Throws<FailException>(() => Within(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(2), () => { }));
        Assert.Contains("should at least have been", e.Message);
    }

    [Fact]
    public void Within_BlockSlowerThanMax_Fails()
    {
        // An explicit timeout overrides the block's remaining time, so the block overruns.
        var e = Assert.Throws<FailException>(() =>
            Within(TimeSpan.FromMilliseconds(50), () => ReceiveOne(TimeSpan.FromMilliseconds(400))));
        Assert.Contains("exceeding", e.Message);
    }

    [Fact]
    public void Within_EndingWithExpectNoMsg_SkipsTheTooLongCheck() =>
        Within(TimeSpan.FromMilliseconds(50), () => ExpectNoMsg(TimeSpan.FromMilliseconds(300)));

    [Fact]
    public void Within_MinLongerThanOuterRemaining_Fails()
    {
        var e = Assert.Throws<FailException>(() =>
            Within(TimeSpan.FromMilliseconds(100), () => Within(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), () => { })));
        Assert.Contains("Required min time", e.Message);
    }

    [Fact]
    public void Remaining_OutsideWithin_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Remaining);

    [Fact]
    public void RemainingOrDefault_OutsideWithin_IsSingleExpectDefault() =>
        Assert.Equal(TestKitSettings.SingleExpectDefault, RemainingOrDefault);

    [Fact]
    public async Task WithinAsync_ExpectWithoutTimeout_UsesRemainingTime()
    {
        TestActor.Tell(1);
        var got = await WithinAsync(TimeSpan.FromSeconds(3), () => ExpectMsgAsync<int>());
        Assert.Equal(1, got);
        var e = await Assert.ThrowsAsync<FailException>(() =>
            WithinAsync(TimeSpan.FromMilliseconds(150), () => ExpectMsgAsync<int>()));
        Assert.Matches(@"Timeout \((1?\d?\d) ms\)", e.Message);
    }
}
