using Xunit.Sdk;

namespace ActorChat.TestKit.Tests;

public sealed class AwaitConditionTests : TestKit
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(150);

    [Fact]
    public void AwaitCondition_BecomesTrue_Passes()
    {
        var calls = 0;
        AwaitCondition(() => ++calls >= 3, TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(5));
        Assert.Equal(3, calls);
    }

    [Fact]
    public void AwaitCondition_NeverTrue_FailsWithMessage()
    {
        var e = Assert.Throws<FailException>(() => AwaitCondition(() => false, Short, "the flag"));
        Assert.Contains("Timeout 150 ms expired while waiting for condition: the flag", e.Message);
    }

    [Fact]
    public void AwaitConditionNoThrow_NeverTrue_ReturnsFalse()
    {
        Assert.False(AwaitConditionNoThrow(() => false, TimeSpan.FromMilliseconds(50)));
        Assert.True(AwaitConditionNoThrow(() => true, TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public void AwaitAssert_EventuallyPasses_Returns()
    {
        var calls = 0;
        AwaitAssert(() => Assert.True(++calls >= 3), TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(5));
    }

    [Fact]
    public void AwaitAssert_NeverPasses_RethrowsLastFailure() =>
        Assert.Throws<EqualException>(() => AwaitAssert(() => Assert.Equal(1, 2), Short, TimeSpan.FromMilliseconds(20)));

    [Fact]
    public async Task AwaitConditionAsync_NeverTrue_Fails()
    {
        var calls = 0;
        await AwaitConditionAsync(() => ++calls >= 2, TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(5));
        var e = await Assert.ThrowsAsync<FailException>(() => AwaitConditionAsync(() => Task.FromResult(false), Short));
        Assert.Contains("expired while waiting for condition", e.Message);
    }

    [Fact]
    public async Task AwaitAssertAsync_NeverPasses_RethrowsLastFailure()
    {
        var calls = 0;
        await AwaitAssertAsync(() => Assert.True(++calls >= 2), TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(5));
        await Assert.ThrowsAsync<TrueException>(() => AwaitAssertAsync(() => Assert.True(false), Short, TimeSpan.FromMilliseconds(20)));
    }
}
