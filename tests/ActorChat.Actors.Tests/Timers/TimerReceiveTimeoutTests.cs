using ActorChat.Actors.Stash;
using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.Actors.Timers;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests.Timers;

public sealed class TimerReceiveTimeoutTests : ActorChat.TestKit.TestKit
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly ManualTimeProvider _time;

    public TimerReceiveTimeoutTests()
        : this(new ManualTimeProvider())
    {
    }

    private TimerReceiveTimeoutTests(ManualTimeProvider time)
        : base(new ActorSystemSetup { TimeProvider = time }) => _time = time;

    private sealed record QuietTick : INotInfluenceReceiveTimeout;

    private sealed record LoudTick;

    /// <summary>Receive timeout 10 s plus a periodic 3 s timer with the given payload; reports both.</summary>
    private sealed class Ticking : ReceiveActor, IWithTimers
    {
        public Ticking(IActorRef probe, object payload)
        {
            SetReceiveTimeout(10 * Second);
            Timers.StartPeriodicTimer("tick", payload, 3 * Second);
            ReceiveAny(m => probe.Tell(m, Self));
        }

        public ITimerScheduler Timers { get; set; } = null!;
    }

    private TestProbe StartTicking(object payload)
    {
        var probe = CreateTestProbe();
        Sys.ActorOf(Props.Create(() => new Ticking(probe.Ref, payload)));

        // Both the periodic timer and the receive timeout are armed.
        AwaitCondition(() => _time.ActiveTimers >= 2);
        for (var i = 0; i < 3; i++)
        {
            _time.Advance(3 * Second);
            probe.ExpectMsg(payload);
        }

        return probe;
    }

    [Fact]
    public void TimerPayload_NotInfluenceReceiveTimeout_DoesNotResetIt()
    {
        var probe = StartTicking(new QuietTick());
        _time.Advance(Second);
        probe.ExpectMsg<ReceiveTimeout>();
    }

    [Fact]
    public void TimerPayload_Ordinary_ResetsTheReceiveTimeout()
    {
        var probe = StartTicking(new LoudTick());
        _time.Advance(Second);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    /// <summary>Stashes everything until "open"; a single timer sends "tick".</summary>
    private sealed class StashingTimer : ReceiveActor, IWithTimers, IWithUnboundedStash
    {
        public StashingTimer(IActorRef probe)
        {
            Timers.StartSingleTimer("k", "tick", Second);
            Receive<string>(s => s == "open", _ =>
            {
                Become(() => ReceiveAny(m => probe.Tell(m, Self)));
                Stash.UnstashAll();
            });
            ReceiveAny(_ =>
            {
                Stash.Stash();
                probe.Tell("stashed", Self);
            });
        }

        public ITimerScheduler Timers { get; set; } = null!;

        public IStash Stash { get; set; } = null!;
    }

    [Fact]
    public void TimerMessage_Stashed_IsReplayedAsThePlainMessage()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new StashingTimer(probe.Ref)));
        AwaitCondition(() => _time.ActiveTimers > 0);
        _time.Advance(Second);
        probe.ExpectMsg("stashed");

        // The single timer is finished, yet the unstashed message is still delivered.
        actor.Tell("open");
        probe.ExpectMsg("tick");
    }
}
