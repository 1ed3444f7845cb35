using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.Actors.Timers;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests.Timers;

public sealed class TimerTests : ActorChat.TestKit.TestKit
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly ManualTimeProvider _time;

    public TimerTests()
        : this(new ManualTimeProvider())
    {
    }

    private TimerTests(ManualTimeProvider time)
        : base(new ActorSystemSetup { TimeProvider = time }) => _time = time;

    private sealed record Tick(int N);

    private sealed record Start(object Key, object Message, TimeSpan Delay, TimeSpan? Interval = null, TimeSpan? InitialDelay = null);

    private sealed record Cancel(object Key);

    /// <summary>Runs an action inside the actor's message processing (e.g. advance virtual time, then cancel).</summary>
    private sealed record Do(Action<ITimerScheduler> Action);

    /// <summary>Forwards timer messages (and their sender) to the probe; controlled by Start/Cancel/Do.</summary>
    private sealed class Timed : ReceiveActor, IWithTimers
    {
        public Timed(IActorRef probe, bool startInCtor)
        {
            if (startInCtor)
            {
                Timers.StartSingleTimer("ctor", "from-ctor", Second);
            }

            Receive<Start>(s =>
            {
                if (s.Interval is not { } interval)
                {
                    Timers.StartSingleTimer(s.Key, s.Message, s.Delay);
                }
                else if (s.InitialDelay is { } initial)
                {
                    Timers.StartPeriodicTimer(s.Key, s.Message, initial, interval);
                }
                else
                {
                    Timers.StartPeriodicTimer(s.Key, s.Message, interval);
                }

                Sender.Tell("started", Self);
            });
            Receive<Cancel>(c =>
            {
                Timers.Cancel(c.Key);
                Sender.Tell("cancelled", Self);
            });
            Receive<Do>(d =>
            {
                d.Action(Timers);
                Sender.Tell("done", Self);
            });
            Receive<string>(s => s == "active", _ => Sender.Tell(Timers.ActiveTimers.OrderBy(k => k.ToString()).ToArray(), Self));
            Receive<string>(s => s == "boom", _ => throw new InvalidOperationException("boom"));
            ReceiveAny(m => probe.Tell(m, Sender));
        }

        public ITimerScheduler Timers { get; set; } = null!;
    }

    private IActorRef Spawn(IActorRef probe, bool startInCtor = false) =>
        Sys.ActorOf(Props.Create(() => new Timed(probe, startInCtor)));

    private void Send(IActorRef actor, object message, string reply)
    {
        actor.Tell(message);
        ExpectMsg(reply);
    }

    [Fact]
    public void SingleTimer_AfterTimeout_DeliversOnceThenIsInactive()
    {
        var probe = CreateTestProbe();
        var actor = Spawn(probe.Ref);
        Send(actor, new Start("k", new Tick(1), 5 * Second), "started");
        _time.Advance(4 * Second);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
        _time.Advance(Second);
        probe.ExpectMsg(new Tick(1));
        Assert.Equal(Sys.DeadLetters, probe.LastSender);
        actor.Tell("active");
        Assert.Empty(ExpectMsg<object[]>());
        _time.Advance(10 * Second);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void PeriodicTimer_WithoutInitialDelay_FirstTickAfterOneInterval()
    {
        var probe = CreateTestProbe();
        var actor = Spawn(probe.Ref);
        Send(actor, new Start("p", "tick", Second, Interval: 2 * Second), "started");
        _time.Advance(Second);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
        for (var i = 0; i < 3; i++)
        {
            _time.Advance(Second);
            probe.ExpectMsg("tick");
            _time.Advance(Second);
        }

        actor.Tell("active");
        Assert.Equal(["p"], ExpectMsg<object[]>());
    }

    [Fact]
    public void PeriodicTimer_WithInitialDelay_FirstTickAfterTheDelayThenEveryInterval()
    {
        var probe = CreateTestProbe();
        var actor = Spawn(probe.Ref);
        Send(actor, new Start("p", "tick", Second, Interval: 5 * Second, InitialDelay: Second), "started");
        _time.Advance(Second);
        probe.ExpectMsg("tick");
        _time.Advance(4 * Second);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
        _time.Advance(Second);
        probe.ExpectMsg("tick");
    }

    [Fact]
    public void Cancel_MessageAlreadyInMailbox_IsDropped()
    {
        var probe = CreateTestProbe();
        var actor = Spawn(probe.Ref);
        Send(actor, new Start("k", "late", Second), "started");

        // Inside one message: the timer fires (its message is queued behind us), then we cancel it.
        Send(actor, new Do(timers =>
        {
            _time.Advance(Second);
            timers.Cancel("k");
        }), "done");
        actor.Tell("marker");
        probe.ExpectMsg("marker");
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void StartSingleTimer_SameKeyAgain_MessageOfTheSupersededTimerIsDropped()
    {
        var probe = CreateTestProbe();
        var actor = Spawn(probe.Ref);
        Send(actor, new Start("k", "first", Second), "started");
        Send(actor, new Do(timers =>
        {
            _time.Advance(Second);
            timers.StartSingleTimer("k", "second", Second);
        }), "done");
        actor.Tell("marker");
        probe.ExpectMsg("marker");
        _time.Advance(Second);
        probe.ExpectMsg("second");
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void ActorRestart_TimersCancelledAndQueuedMessageOfOldIncarnationDropped()
    {
        var probe = CreateTestProbe();
        var actor = Spawn(probe.Ref);
        Send(actor, new Start("p", "old", Second, Interval: Second), "started");

        // Queue a failure, then fire the timer behind it: its message reaches the new incarnation.
        Send(actor, new Do(_ =>
        {
            actor.Tell("boom");
            _time.Advance(Second);
        }), "done");
        actor.Tell("active");
        Assert.Empty(ExpectMsg<object[]>());

        // The new incarnation reuses the key; the old incarnation's message and schedule are gone.
        Send(actor, new Start("p", "new", 3 * Second, Interval: 3 * Second), "started");
        _time.Advance(2 * Second);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
        _time.Advance(Second);
        probe.ExpectMsg("new");
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void Stop_CancelsEveryTimer()
    {
        var probe = CreateTestProbe();
        var actor = Spawn(probe.Ref);
        Send(actor, new Start("a", "a", Second, Interval: Second), "started");
        Send(actor, new Start("b", "b", 10 * Second), "started");
        var before = _time.ActiveTimers;
        Watch(actor);
        Sys.Stop(actor);
        ExpectTerminated(actor);
        AwaitAssert(() => Assert.Equal(before - 2, _time.ActiveTimers));
        _time.Advance(20 * Second);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void Timers_StartedInConstructor_Fire()
    {
        var probe = CreateTestProbe();
        Spawn(probe.Ref, startInCtor: true);
        AwaitCondition(() => _time.ActiveTimers > 0);
        _time.Advance(Second);
        probe.ExpectMsg("from-ctor");
    }

    [Fact]
    public void IsTimerActive_AndActiveTimers_TrackStartAndCancel()
    {
        var actor = Spawn(TestActor);
        Send(actor, new Start("a", "a", Second), "started");
        Send(actor, new Start("b", "b", Second, Interval: Second), "started");
        actor.Tell("active");
        Assert.Equal(["a", "b"], ExpectMsg<object[]>());
        Send(actor, new Cancel("a"), "cancelled");
        Send(actor, new Do(t => Assert.False(t.IsTimerActive("a"))), "done");
        Send(actor, new Do(t => Assert.True(t.IsTimerActive("b"))), "done");
        Send(actor, new Do(t => t.CancelAll()), "done");
        actor.Tell("active");
        Assert.Empty(ExpectMsg<object[]>());
    }

    [Fact]
    public void Timer_WithSender_DeliversWithThatSender()
    {
        var probe = CreateTestProbe();
        var other = CreateTestProbe();
        var actor = Spawn(probe.Ref);
        Send(actor, new Do(t => t.StartSingleTimer("k", "hi", Second, other.Ref)), "done");
        _time.Advance(Second);
        probe.ExpectMsg("hi");
        Assert.Equal(other.Ref, probe.LastSender);
    }
}
