using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests;

public sealed class ActorRefTests : ActorChat.TestKit.TestKit
{
    private sealed class SenderReporter : ReceiveActor
    {
        public SenderReporter(IActorRef probe) => ReceiveAny(_ => probe.Tell(Sender, Self));
    }

    private sealed class ContextFromContinuation : ReceiveActor
    {
        public ContextFromContinuation(IActorRef probe) =>
            Receive<string>(message => Task.Run(() =>
            {
                try
                {
                    GC.KeepAlive(Context.Self);
                    probe.Tell("no exception", ActorRefs.NoSender);
                }
                catch (NotSupportedException)
                {
                    probe.Tell("NotSupportedException", ActorRefs.NoSender);
                }
            }));
    }

    [Fact]
    public void Tell_FromTestThread_ImplicitSenderIsTestActor()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>());
        echo.Tell("hello");
        ExpectMsg("hello");
        Assert.Equal(echo, LastSender);
    }

    [Fact]
    public void Tell_WithNoSender_ReceiverSeesDeadLetters()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new SenderReporter(probe.Ref)));
        actor.Tell("x", ActorRefs.NoSender);
        var sender = probe.ExpectMsg<IActorRef>();
        Assert.Equal(Sys.DeadLetters, sender);
    }

    [Fact]
    public void Tell_NullMessage_ThrowsArgumentNullException()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>());
        Assert.Throws<ArgumentNullException>(() => echo.Tell(null!, TestActor));
    }

    [Fact]
    public void Forward_InsideActor_KeepsOriginalSender()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>());
        var forwarder = Sys.ActorOf(Props.Create(() => new ForwardingActor(echo)));
        forwarder.Tell("ping");
        ExpectMsg("ping");
        Assert.Equal(echo, LastSender);
    }

    [Fact]
    public void NewActor_OutsideFramework_ThrowsActorInitializationException()
    {
        Assert.Throws<ActorInitializationException>(() => new Echo());
    }

    [Fact]
    public void Context_FromThreadPoolContinuation_ThrowsNotSupportedException()
    {
        var actor = Sys.ActorOf(Props.Create(() => new ContextFromContinuation(TestActor)));
        actor.Tell("go");
        ExpectMsg("NotSupportedException");
    }

    [Fact]
    public void Nobody_Tell_IsDropped()
    {
        ActorRefs.Nobody.Tell("anything", TestActor);
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    private sealed class ForwardingActor : ReceiveActor
    {
        public ForwardingActor(IActorRef target) => ReceiveAny(m => target.Forward(m));
    }
}
