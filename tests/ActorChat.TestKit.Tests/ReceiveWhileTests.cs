using ActorChat.Actors;

namespace ActorChat.TestKit.Tests;

public sealed class ReceiveWhileTests : TestKit
{
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(3);

    [Fact]
    public void ReceiveWhile_RejectedMessage_StaysInTheQueue()
    {
        foreach (var m in new[] { "a", "b", "STOP", "c" })
        {
            TestActor.Tell(m);
        }

        var got = ReceiveWhile(o => o is string s && s != "STOP" ? s : null, Max);
        Assert.Equal(["a", "b"], got);
        ExpectMsg("STOP");
        ExpectMsg("c");
    }

    [Fact]
    public void ReceiveWhile_MaxReached_ReturnsCollectedWithoutFailing()
    {
        TestActor.Tell("a");
        AwaitCondition(() => HasMessages);
        var got = ReceiveWhile<string>(TimeSpan.FromMilliseconds(300), o => o as string);
        Assert.Equal(["a"], got);
    }

    [Fact]
    public void ReceiveWhile_MsgsLimit_StopsEarly()
    {
        for (var i = 0; i < 5; i++)
        {
            TestActor.Tell("m" + i);
        }

        Assert.Equal(["m0", "m1"], ReceiveWhile<string>(o => o as string, Max, msgs: 2));
        ExpectMsg("m2");
    }

    [Fact]
    public void ReceiveWhile_IdleGap_Stops()
    {
        TestActor.Tell("a");
        AwaitCondition(() => HasMessages);
        var got = ReceiveWhile<string>(TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(50), o => o as string);
        Assert.Equal(["a"], got);
    }

    [Fact]
    public void ReceiveWhile_Predicate_IgnoresOtherTypesByDefault()
    {
        TestActor.Tell(1);
        TestActor.Tell("noise");
        TestActor.Tell(2);
        TestActor.Tell(10);
        var got = ReceiveWhile<int>(i => i < 5, Max);
        Assert.Equal([1, 2], got);
        ExpectMsg(10);
    }

    [Fact]
    public void ReceiveWhile_PredicateNotIgnoringOtherTypes_StopsAtOtherType()
    {
        TestActor.Tell(1);
        TestActor.Tell("other");
        TestActor.Tell(2);
        var got = ReceiveWhile<int>(_ => true, Max, shouldIgnoreOtherMessageTypes: false);
        Assert.Equal([1], got);
        ExpectMsg("other");
    }

    [Fact]
    public async Task ReceiveWhileAsync_RejectedMessage_StaysInTheQueue()
    {
        TestActor.Tell(1);
        TestActor.Tell(9);
        var got = await ReceiveWhileAsync<int>(i => i < 5, Max);
        Assert.Equal([1], got);
        await ExpectMsgAsync(9);
    }
}
