using ActorChat.Actors;
using ActorChat.TestKit.Tests.Infrastructure;
using Xunit.Sdk;

namespace ActorChat.TestKit.Tests;

public sealed class TestProbeTests : TestKit
{
    [Fact]
    public void Probe_Send_SenderIsTheProbe()
    {
        var probe = CreateTestProbe("sender");
        var echo = ActorOf(Props.Create<EchoActor>());
        probe.Send(echo, "hi");
        probe.ExpectMsgFrom(echo, "hi");
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void Probe_Reply_GoesToLastSender()
    {
        var probe = CreateTestProbe();
        probe.Ref.Tell("question");
        probe.ExpectMsg("question");
        Assert.Equal(TestActor, probe.Sender);
        probe.Reply("answer");
        ExpectMsgFrom(probe.Ref, "answer");
    }

    [Fact]
    public void Probe_Forward_KeepsTheOriginalSender()
    {
        var probe = CreateTestProbe();
        var target = CreateTestProbe();
        probe.Ref.Tell("payload");
        probe.ExpectMsg("payload");
        probe.Forward(target.Ref);
        target.ExpectMsgFrom(TestActor, "payload");
    }

    [Fact]
    public void Probe_QueuesAreIndependent()
    {
        var a = CreateTestProbe();
        var b = CreateTestProbe();
        a.Ref.Tell(1);
        b.Ref.Tell(2);
        Assert.Equal(2, b.ExpectMsg<int>());
        Assert.Equal(1, a.ExpectMsg<int>());
        Assert.False(HasMessages);
    }

    [Fact]
    public void Probe_SharesTheWholeApi_FailuresIncluded()
    {
        var probe = CreateTestProbe();
        probe.Ref.Tell("a");
        probe.Ref.Tell("STOP");
        Assert.Equal(["a"], probe.ReceiveWhile(o => o as string is { } s && s != "STOP" ? s : null, TimeSpan.FromSeconds(3)));
        probe.ExpectMsg("STOP");
        var e = Assert.Throws<FailException>(() => probe.Within(TimeSpan.FromMilliseconds(100), () => probe.ExpectMsg<string>()));
        Assert.Contains("Timeout", e.Message);
    }

    [Fact]
    public void Probe_WatchesWithItsOwnQueue()
    {
        var probe = CreateTestProbe();
        var echo = probe.Watch(ActorOf(Props.Create<EchoActor>()));
        Sys.Stop(echo);
        probe.ExpectTerminated(echo);
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }
}
