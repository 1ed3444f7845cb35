using ActorChat.Actors;
using ActorChat.TestKit.Tests.Infrastructure;
using Xunit.Sdk;

namespace ActorChat.TestKit.Tests;

/// <summary>The awaitable twins report like their blocking counterparts.</summary>
public sealed class AsyncTwinsTests : TestKit
{
    [Fact]
    public async Task ExpectMsgAsync_Overloads_PassAndFail()
    {
        TestActor.Tell("a");
        Assert.Equal("a", await ExpectMsgAsync("a"));
        TestActor.Tell(3);
        await ExpectMsgAsync<int>(i => i == 3);
        TestActor.Tell(4);
        await ExpectMsgAsync<int>(i => Assert.Equal(4, i));
        TestActor.Tell("b");
        var e = await Assert.ThrowsAsync<FailException>(() => ExpectMsgAsync<int>());
        Assert.Contains("Expected a message of type Int32", e.Message);
    }

    [Fact]
    public async Task ExpectMsgFromAsync_SenderChecked()
    {
        var echo = ActorOf(Props.Create<EchoActor>());
        echo.Tell("x");
        await ExpectMsgFromAsync<string>(echo);
        echo.Tell("y");
        await ExpectMsgAsync<string>((m, sender) => sender.Equals(echo));
    }

    [Fact]
    public async Task ExpectMsgAnyOfAndAllOfAsync_PassAndFail()
    {
        TestActor.Tell(2);
        Assert.Equal(2, await ExpectMsgAnyOfAsync([1, 2]));
        TestActor.Tell(2);
        TestActor.Tell(1);
        Assert.Equal([2, 1], await ExpectMsgAllOfAsync([1, 2]));
        TestActor.Tell(5);
        var e = await Assert.ThrowsAsync<FailException>(() => ExpectMsgAnyOfAsync([1, 2]));
        Assert.Contains("Expected any of [1, 2]", e.Message);
    }

    [Fact]
    public async Task ReceiveAsyncFamily_BehavesLikeTheBlockingOnes()
    {
        Assert.Null(await ReceiveOneAsync(TimeSpan.FromMilliseconds(20)));
        TestActor.Tell("p");
        Assert.Equal("p", await PeekOneAsync());
        Assert.Equal("p", await ReceiveOneAsync());
        TestActor.Tell(1);
        TestActor.Tell(2);
        Assert.Equal([1, 2], await ReceiveNAsync(2));
        TestActor.Tell("skip");
        TestActor.Tell(9);
        Assert.Equal(9, await FishForMessageAsync<int>(_ => true));
        var e = await Assert.ThrowsAsync<FailException>(() => FishForMessageAsync(_ => true, TimeSpan.FromMilliseconds(50)));
        Assert.Contains("while fishing", e.Message);
    }

    [Fact]
    public async Task ChildActorOfAsync_CreatesChildOfTestActor()
    {
        var child = await ChildActorOfAsync(Props.Create<EchoActor>(), "async-kid");
        Assert.Equal(TestActor.Path, child.Path.Parent);
        await UnwatchAsync(await WatchAsync(child));
        Sys.Stop(child);
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
    }
}
