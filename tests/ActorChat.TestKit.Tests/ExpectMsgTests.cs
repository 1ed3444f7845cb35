using ActorChat.Actors;
using ActorChat.TestKit.Tests.Infrastructure;
using Xunit.Sdk;

namespace ActorChat.TestKit.Tests;

public sealed class ExpectMsgTests : TestKit
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void ExpectMsg_MessageOfType_ReturnsIt()
    {
        TestActor.Tell("hello");
        Assert.Equal("hello", ExpectMsg<string>());
    }

    [Fact]
    public void ExpectMsg_WrongType_FailsNamingBothTypes()
    {
        TestActor.Tell(42);
        var e = Assert.Throws<FailException>(() => ExpectMsg<string>());
        Assert.Contains("Expected a message of type String", e.Message);
        Assert.Contains("Int32", e.Message);
        Assert.Equal(42, LastMessage);
    }

    [Fact]
    public void ExpectMsg_NothingArrives_FailsWithTimeoutAndHint()
    {
        var e = Assert.Throws<FailException>(() => ExpectMsg<string>(Short, "the greeting"));
        Assert.Contains("Timeout (100 ms) while waiting for a message of type String", e.Message);
        Assert.Contains("the greeting", e.Message);
    }

    [Fact]
    public void ExpectMsg_EqualValue_Passes()
    {
        TestActor.Tell("a");
        Assert.Equal("a", ExpectMsg("a"));
    }

    [Fact]
    public void ExpectMsg_DifferentValue_FailsAndConsumesIt()
    {
        TestActor.Tell("b");
        var e = Assert.Throws<FailException>(() => ExpectMsg("a"));
        Assert.Contains("Expected message {a}, but received {b}", e.Message);
        Assert.False(HasMessages);
    }

    [Fact]
    public void ExpectMsg_Comparer_DecidesEquality()
    {
        TestActor.Tell("HELLO");
        ExpectMsg("hello", (a, b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase));
        TestActor.Tell("bye");
        Assert.Throws<FailException>(() => ExpectMsg("hello", (a, b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void ExpectMsg_Predicate_PassesOrFails()
    {
        TestActor.Tell(5);
        Assert.Equal(5, ExpectMsg<int>(i => i > 3));
        TestActor.Tell(1);
        var e = Assert.Throws<FailException>(() => ExpectMsg<int>(i => i > 3));
        Assert.Contains("did not match the predicate", e.Message);
    }

    [Fact]
    public void ExpectMsg_AssertAction_ItsFailureFailsTheExpectation()
    {
        TestActor.Tell("abc");
        ExpectMsg<string>(s => Assert.Equal(3, s.Length));
        TestActor.Tell("abcd");
        Assert.Throws<EqualException>(() => ExpectMsg<string>(s => Assert.Equal(3, s.Length)));
    }

    [Fact]
    public void ExpectMsg_WithSenderPredicate_SeesTheSender()
    {
        var echo = ActorOf(Props.Create<EchoActor>());
        echo.Tell("x");
        ExpectMsg<string>((m, sender) => m == "x" && sender.Equals(echo));
        echo.Tell("y");
        Assert.Throws<FailException>(() => ExpectMsg<string>((_, sender) => sender.Equals(TestActor)));
    }

    [Fact]
    public void ExpectMsg_WithSenderAssert_SeesTheSender()
    {
        var echo = ActorOf(Props.Create<EchoActor>());
        echo.Tell("x");
        ExpectMsg<string>((m, sender) => Assert.Equal(echo, sender));
        Assert.Equal(echo, LastSender);
    }

    [Fact]
    public void ImplicitSender_TellFromTest_SenderIsTestActor()
    {
        var echo = ActorOf(Props.Create<EchoActor>());
        echo.Tell("ping");
        ExpectMsg("ping");
        Assert.Equal(echo, LastSender);
    }

    [Fact]
    public void ExpectTerminated_WatchedActorStops_Passes()
    {
        var echo = Watch(ActorOf(Props.Create<EchoActor>()));
        Sys.Stop(echo);
        Assert.Equal(echo, ExpectTerminated(echo).ActorRef);
    }

    [Fact]
    public void ExpectTerminated_OtherActorTerminated_Fails()
    {
        var first = Watch(ActorOf(Props.Create<EchoActor>()));
        var second = ActorOf(Props.Create<EchoActor>());
        Sys.Stop(first);
        var e = Assert.Throws<FailException>(() => ExpectTerminated(second));
        Assert.Contains("Expected Terminated of", e.Message);
    }

    [Fact]
    public void ExpectTerminated_NotWatched_FailsOnTimeout()
    {
        var echo = ActorOf(Props.Create<EchoActor>());
        Sys.Stop(echo);
        var e = Assert.Throws<FailException>(() => ExpectTerminated(echo, Short));
        Assert.Contains("while waiting for Terminated of", e.Message);
    }

    [Fact]
    public void ExpectMsg_InfiniteTimeout_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ExpectMsg<string>(Timeout.InfiniteTimeSpan));
}
