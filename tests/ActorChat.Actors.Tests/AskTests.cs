using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests;

public sealed class AskTests : ActorChat.TestKit.TestKit
{
    private sealed class Replier : ReceiveActor
    {
        public Replier()
        {
            Receive<string>(s => s == "fail", _ => Sender.Tell(new Status.Failure(new InvalidOperationException("nope")), Self));
            Receive<string>(s => s == "silent", _ => { });
            Receive<string>(s => s == "number", _ => Sender.Tell(42, Self));
            Receive<string>(s => s == "path", _ => Sender.Tell(Sender.Path.ToString(), Self));
            ReceiveAny(m => Sender.Tell(m, Self));
        }
    }

    [Fact]
    public async Task Ask_Reply_CompletesWithReply()
    {
        var actor = Sys.ActorOf(Props.Create<Replier>());
        Assert.Equal("hi", await actor.Ask<string>("hi", TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task Ask_StatusFailure_FaultsWithCause()
    {
        var actor = Sys.ActorOf(Props.Create<Replier>());
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => actor.Ask<string>("fail", TimeSpan.FromSeconds(3)));
        Assert.Equal("nope", e.Message);
    }

    [Fact]
    public async Task Ask_WrongReplyType_FaultsWithArgumentException()
    {
        var actor = Sys.ActorOf(Props.Create<Replier>());
        await Assert.ThrowsAsync<ArgumentException>(() => actor.Ask<string>("number", TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task Ask_NoReply_TimesOutWithAskTimeoutException()
    {
        var actor = Sys.ActorOf(Props.Create<Replier>());
        await Assert.ThrowsAsync<AskTimeoutException>(() => actor.Ask<string>("silent", TimeSpan.FromMilliseconds(100)));
    }

    [Fact]
    public async Task Ask_DefaultTimeout_IsInfinite()
    {
        Assert.Equal(Timeout.InfiniteTimeSpan, Sys.Settings.AskTimeout);
        var actor = Sys.ActorOf(Props.Create<Replier>());
        var task = actor.Ask<string>("silent");
        var winner = await Task.WhenAny(task, Task.Delay(TimeSpan.FromMilliseconds(300)));
        Assert.NotSame(task, winner);
    }

    [Fact]
    public async Task Ask_Canceled_TaskIsCanceled()
    {
        var actor = Sys.ActorOf(Props.Create<Replier>());
        using var cts = new CancellationTokenSource();
        var task = actor.Ask<string>("silent", cts.Token);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
    }

    [Fact]
    public async Task Ask_TempSender_LivesUnderTemp()
    {
        var actor = Sys.ActorOf(Props.Create<Replier>());
        var path = await actor.Ask<string>("path", TimeSpan.FromSeconds(3));
        Assert.StartsWith("actorchat://test/temp/", path, StringComparison.Ordinal);
        Assert.Equal(0, ((ActorSystemImpl)Sys).TempContainer.Count);
    }

    [Fact]
    public async Task Ask_ConfiguredTimeout_Applies()
    {
        using var kit = new ActorChat.TestKit.TestKit("actorchat.actor.ask-timeout = 100ms");
        var actor = kit.Sys.ActorOf(Props.Create<Replier>());
        await Assert.ThrowsAsync<AskTimeoutException>(() => actor.Ask<string>("silent"));
    }

    [Fact]
    public async Task GracefulStop_LiveActor_ReturnsTrueAfterTermination()
    {
        var actor = Sys.ActorOf(Props.Create<Echo>());
        Watch(actor);
        Assert.True(await actor.GracefulStop(TimeSpan.FromSeconds(3)));
        ExpectTerminated(actor);
    }

    [Fact]
    public async Task GracefulStop_IgnoredStopMessage_ReturnsFalseOnTimeout()
    {
        var actor = Sys.ActorOf(Props.Create<Replier>());
        Assert.False(await actor.GracefulStop(TimeSpan.FromMilliseconds(100), "silent"));
    }

    [Fact]
    public async Task PipeTo_CompletedTask_SendsResult()
    {
        await Task.FromResult("piped").PipeTo(TestActor);
        ExpectMsg("piped");
    }

    [Fact]
    public async Task PipeTo_FaultedTask_SendsStatusFailure()
    {
        await Task.FromException<string>(new InvalidOperationException("bad")).PipeTo(TestActor);
        var failure = ExpectMsg<Status.Failure>();
        Assert.IsType<InvalidOperationException>(failure.Cause);
    }

    [Fact]
    public async Task PipeTo_WithMappers_SendsMappedValues()
    {
        await Task.FromResult(2).PipeTo(TestActor, success: i => "n=" + i);
        ExpectMsg("n=2");
    }
}
