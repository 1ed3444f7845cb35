using ActorChat.Actors;
using ActorChat.Actors.Supervision;
using ActorChat.TestKit.Tests.Infrastructure;

namespace ActorChat.TestKit.Tests;

public sealed class ActorsTests : TestKit
{
    [Fact]
    public void Unwatch_BeforeStop_NoTerminatedArrives()
    {
        var echo = Watch(ActorOf(Props.Create<EchoActor>()));
        Unwatch(echo);
        Sys.Stop(echo);
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task WatchAsync_ActorStops_TerminatedArrives()
    {
        var echo = await WatchAsync(ActorOf(Props.Create<EchoActor>()));
        Sys.Stop(echo);
        await ExpectTerminatedAsync(echo);
    }

    [Fact]
    public void ChildActorOf_NoStrategy_ChildOfTheTestActor()
    {
        var child = ChildActorOf(Props.Create<EchoActor>(), "kid");
        Assert.Equal(TestActor.Path, child.Path.Parent);
        child.Tell("hi");
        ExpectMsg("hi");
    }

    [Fact]
    public void ChildActorOf_StoppingStrategy_FailingChildIsStopped()
    {
        var child = ChildActorOf(Props.Create<FailingActor>(), "fragile", SupervisorStrategy.StoppingStrategy);
        Watch(child);
        EventFilter.Exception<InvalidOperationException>().ExpectOne(() => child.Tell("fail"));
        ExpectTerminated(child);
    }

    [Fact]
    public void ChildActorOf_DefaultStrategy_FailingChildIsRestarted()
    {
        var child = ChildActorOf(Props.Create<FailingActor>());
        EventFilter.Exception<InvalidOperationException>(contains: "boom").ExpectOne(() => child.Tell("fail"));
        child.Tell("ping");
        ExpectMsg("pong");
    }

    [Fact]
    public void ChildActorOf_DuplicateName_ThrowsTheRuntimeError()
    {
        ChildActorOf(Props.Create<EchoActor>(), "same");
        Assert.Throws<InvalidActorNameException>(() => ChildActorOf(Props.Create<EchoActor>(), "same"));
    }

    [Fact]
    public void IgnoreMessages_OfType_AreDroppedUntilReset()
    {
        IgnoreMessages<int>();
        TestActor.Tell(1);
        TestActor.Tell("kept");
        ExpectMsg("kept");
        IgnoreNoMessages();
        TestActor.Tell(2);
        ExpectMsg(2);
    }

    [Fact]
    public void IgnoreMessages_Predicate_DropsMatching()
    {
        IgnoreMessages<string>(s => s.StartsWith("noise", StringComparison.Ordinal));
        TestActor.Tell("noise 1");
        TestActor.Tell("signal");
        ExpectMsg("signal");
        Assert.False(HasMessages);
    }

    [Fact]
    public void SetAutoPilot_RepliesUntilItStops()
    {
        var probe = CreateTestProbe();
        probe.SetAutoPilot(new DelegateAutoPilot((sender, message) =>
        {
            sender.Tell("auto:" + message, probe.Ref);
            return message is "last" ? AutoPilot.NoAutoPilot : AutoPilot.KeepRunning;
        }));

        probe.Ref.Tell("a");
        ExpectMsg("auto:a");
        probe.Ref.Tell("last");
        ExpectMsg("auto:last");
        probe.Ref.Tell("b");
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));

        // The probe still queued every message.
        Assert.Equal(["a", "last", "b"], probe.ReceiveN(3));
    }
}
