using ActorChat.Actors;
using Xunit.Sdk;

namespace ActorChat.TestKit.Tests;

public sealed class ExpectNoMsgTests : TestKit
{
    [Fact]
    public void ExpectNoMsg_NothingArrives_Passes()
    {
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
        ExpectNoMsg(50);
    }

    [Fact]
    public void ExpectNoMsg_MessageArrives_FailsNamingIt()
    {
        TestActor.Tell("surprise");
        AwaitCondition(() => HasMessages);
        var e = Assert.Throws<FailException>(() => ExpectNoMsg(TimeSpan.FromMilliseconds(200)));
        Assert.Contains("Expected no message during 200 ms, but received {surprise}", e.Message);
    }

    [Fact]
    public void ExpectNoMsg_WithoutArgument_UsesWithinRemaining()
    {
        TestActor.Tell("late");
        AwaitCondition(() => HasMessages);
        var e = Assert.Throws<FailException>(() => Within(TimeSpan.FromMilliseconds(300), () => ExpectNoMsg()));
        Assert.Matches(@"during ([0-2]\d\d|300) ms", e.Message);
    }

    [Fact]
    public async Task ExpectNoMsgAsync_MessageArrives_Fails()
    {
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(30));
        TestActor.Tell("x");
        await AwaitConditionAsync(() => HasMessages);
        var e = await Assert.ThrowsAsync<FailException>(() => ExpectNoMsgAsync(100));
        Assert.Contains("Expected no message during 100 ms", e.Message);
    }
}
