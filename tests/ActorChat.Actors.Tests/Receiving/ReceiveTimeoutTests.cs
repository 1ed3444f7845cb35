using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests.Receiving;

public sealed class ReceiveTimeoutTests : ActorChat.TestKit.TestKit
{
    private readonly ManualTimeProvider _time;

    public ReceiveTimeoutTests()
        : this(new ManualTimeProvider())
    {
    }

    private ReceiveTimeoutTests(ManualTimeProvider time)
        : base(new ActorSystemSetup { TimeProvider = time }) => _time = time;

    private sealed record Quiet : INotInfluenceReceiveTimeout;

    private sealed class Idle : ReceiveActor
    {
        public Idle(IActorRef probe)
        {
            SetReceiveTimeout(TimeSpan.FromSeconds(5));
            Receive<ReceiveTimeout>(t => probe.Tell(t, Self));
            Receive<string>(s => s == "off", _ => SetReceiveTimeout(null));
            ReceiveAny(m => Sender.Tell("ack", Self));
        }
    }

    private void WaitArmed() => AwaitCondition(() => _time.ActiveTimers > 0, TimeSpan.FromSeconds(3));

    [Fact]
    public void ReceiveTimeout_Idle_FiresAndRepeats()
    {
        var probe = CreateTestProbe();
        Sys.ActorOf(Props.Create(() => new Idle(probe.Ref)));
        WaitArmed();
        _time.Advance(TimeSpan.FromSeconds(5));
        probe.ExpectMsg<ReceiveTimeout>();
        WaitArmed();
        _time.Advance(TimeSpan.FromSeconds(5));
        probe.ExpectMsg<ReceiveTimeout>();
    }

    [Fact]
    public void ReceiveTimeout_MessageBeforeExpiry_Resets()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Idle(probe.Ref)));
        WaitArmed();
        _time.Advance(TimeSpan.FromSeconds(4));
        actor.Tell("work");
        ExpectMsg("ack");
        _time.Advance(TimeSpan.FromSeconds(2));
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
        _time.Advance(TimeSpan.FromSeconds(3));
        probe.ExpectMsg<ReceiveTimeout>();
    }

    [Fact]
    public void ReceiveTimeout_NotInfluencingMessage_DoesNotReset()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Idle(probe.Ref)));
        WaitArmed();
        _time.Advance(TimeSpan.FromSeconds(4));
        actor.Tell(new Quiet());
        ExpectMsg("ack");
        _time.Advance(TimeSpan.FromSeconds(1));
        probe.ExpectMsg<ReceiveTimeout>();
    }

    [Fact]
    public void ReceiveTimeout_SetToNull_Disables()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Idle(probe.Ref)));
        actor.Tell("off");
        actor.Tell(new Identify(null));
        ExpectMsg<ActorIdentity>();
        _time.Advance(TimeSpan.FromSeconds(30));
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }
}
