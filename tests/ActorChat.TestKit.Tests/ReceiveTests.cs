using ActorChat.Actors;
using Xunit.Sdk;

namespace ActorChat.TestKit.Tests;

public sealed class ReceiveTests : TestKit
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void ReceiveOne_NothingArrives_ReturnsNullWithoutFailing() =>
        Assert.Null(ReceiveOne(TimeSpan.FromMilliseconds(30)));

    [Fact]
    public void ReceiveOne_Message_ReturnsItAndRecordsSender()
    {
        TestActor.Tell("m", ActorRefs.Nobody);
        Assert.Equal("m", ReceiveOne());
        Assert.Equal("m", LastMessage);
        Assert.Equal(ActorRefs.Nobody, LastSender);
    }

    [Fact]
    public void TryReceiveOne_Message_GivesEnvelope()
    {
        TestActor.Tell("m");
        Assert.True(TryReceiveOne(out var envelope));
        Assert.Equal(new MessageEnvelope("m", TestActor), envelope);
        Assert.False(TryReceiveOne(out _, TimeSpan.FromMilliseconds(20)));
    }

    [Fact]
    public void PeekOne_Message_LeavesItInTheQueue()
    {
        TestActor.Tell("first");
        Assert.Equal("first", PeekOne());
        Assert.True(HasMessages);
        Assert.True(TryPeekOne(out var envelope));
        Assert.Equal("first", envelope!.Message);
        ExpectMsg("first");
        Assert.False(HasMessages);
        Assert.Null(PeekOne(TimeSpan.FromMilliseconds(20)));
    }

    [Fact]
    public void ReceiveN_EnoughMessages_ReturnsThemInOrder()
    {
        TestActor.Tell(1);
        TestActor.Tell(2);
        TestActor.Tell(3);
        Assert.Equal([1, 2], ReceiveN(2));
        ExpectMsg(3);
    }

    [Fact]
    public void ReceiveN_TooFew_FailsWithCount()
    {
        TestActor.Tell(1);
        AwaitCondition(() => HasMessages);
        var e = Assert.Throws<FailException>(() => ReceiveN(3, Short));
        Assert.Contains("while expecting 3 messages (got 1)", e.Message);
    }

    [Fact]
    public void FishForMessage_SkipsNonMatching_ReturnsMatchAndKeepsTheRest()
    {
        TestActor.Tell("skip");
        TestActor.Tell(7);
        TestActor.Tell("target");
        TestActor.Tell("after");
        var skipped = new List<object>();
        Assert.Equal("target", FishForMessage<string>(s => s == "target", skipped));
        Assert.Equal(["skip", 7], skipped);
        ExpectMsg("after");
    }

    [Fact]
    public void FishForMessage_Untyped_MatchesAnyType()
    {
        TestActor.Tell("a");
        TestActor.Tell(42);
        Assert.Equal(42, FishForMessage(m => m is int));
    }

    [Fact]
    public void FishForMessage_NoMatch_FailsOnTimeout()
    {
        TestActor.Tell("a");
        TestActor.Tell("b");
        var e = Assert.Throws<FailException>(() => FishForMessage<int>(_ => true, Short, "numbers"));
        Assert.Contains("while fishing for a message of type Int32 (numbers)", e.Message);
    }
}
