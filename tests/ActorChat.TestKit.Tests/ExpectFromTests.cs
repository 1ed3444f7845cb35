using ActorChat.Actors;
using ActorChat.TestKit.Tests.Infrastructure;
using Xunit.Sdk;

namespace ActorChat.TestKit.Tests;

public sealed class ExpectFromTests : TestKit
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void ExpectMsgFrom_RightSender_Passes()
    {
        var echo = ActorOf(Props.Create<EchoActor>());
        echo.Tell("a");
        Assert.Equal("a", ExpectMsgFrom<string>(echo));
        echo.Tell("b");
        ExpectMsgFrom(echo, "b");
        echo.Tell("c");
        ExpectMsgFrom<string>(echo, s => s == "c");
    }

    [Fact]
    public void ExpectMsgFrom_OtherSender_Fails()
    {
        var echo = ActorOf(Props.Create<EchoActor>());
        TestActor.Tell("direct", ActorRefs.Nobody);
        var e = Assert.Throws<FailException>(() => ExpectMsgFrom<string>(echo));
        Assert.Contains("Expected a message from", e.Message);
    }

    [Fact]
    public void ExpectMsgAnyOf_OneOfThem_Passes()
    {
        TestActor.Tell("b");
        Assert.Equal("b", ExpectMsgAnyOf("a", "b", "c"));
    }

    [Fact]
    public void ExpectMsgAnyOf_NoneOfThem_Fails()
    {
        TestActor.Tell("z");
        var e = Assert.Throws<FailException>(() => ExpectMsgAnyOf(["a", "b"]));
        Assert.Contains("Expected any of [a, b], but received {z}", e.Message);
    }

    [Fact]
    public void ExpectMsgAllOf_AnyOrder_PassesInArrivalOrder()
    {
        TestActor.Tell(3);
        TestActor.Tell(1);
        TestActor.Tell(2);
        Assert.Equal([3, 1, 2], ExpectMsgAllOf(1, 2, 3));
    }

    [Fact]
    public void ExpectMsgAllOf_UnexpectedMessage_FailsListingDifferences()
    {
        TestActor.Tell(1);
        TestActor.Tell(9);
        var e = Assert.Throws<FailException>(() => ExpectMsgAllOf([1, 2]));
        Assert.Contains("not found [2]", e.Message);
        Assert.Contains("found unexpected [9]", e.Message);
    }

    [Fact]
    public void ExpectMsgAllOf_TooFewMessages_FailsOnTimeout()
    {
        TestActor.Tell(1);
        AwaitCondition(() => HasMessages);
        var e = Assert.Throws<FailException>(() => ExpectMsgAllOf([1, 2], Short));
        Assert.Contains("while expecting 2 messages (got 1)", e.Message);
    }
}
