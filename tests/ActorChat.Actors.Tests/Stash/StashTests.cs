using ActorChat.Actors.Dispatch;
using ActorChat.Actors.Events;
using ActorChat.Actors.Refs;
using ActorChat.Actors.Stash;
using ActorChat.Hocon;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests.Stash;

public sealed class StashTests : ActorChat.TestKit.TestKit
{
    public StashTests()
        : base("""
            actorchat.actor.small-stash-mailbox { mailbox-type = unbounded-deque, stash-capacity = 2 }
            actorchat.actor.plain-mailbox { mailbox-type = unbounded }
            """)
    {
    }

    /// <summary>Stashes strings until "open", then unstashes all and forwards everything to the probe.</summary>
    private sealed class Gate : ReceiveActor, IWithUnboundedStash
    {
        public Gate(IActorRef probe)
        {
            Receive<string>(s => s == "open", _ =>
            {
                // Forward with the original sender, so tests can check it survived the stash.
                Become(() => ReceiveAny(m => probe.Tell(m, Sender)));
                Stash.UnstashAll();
            });
            Receive<string>(s => s == "one", _ => Stash.Unstash());
            Receive<string>(s => s == "count", _ => Sender.Tell(Stash.Count, Self));
            ReceiveAny(_ => Stash.Stash());
        }

        public IStash Stash { get; set; } = null!;
    }

    [Fact]
    public void UnstashAll_AfterBecome_ReplaysStashedMessagesInOriginalOrderBeforeLaterOnes()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Gate(probe.Ref)));
        actor.Tell("a");
        actor.Tell("b");
        actor.Tell(3);
        actor.Tell("open");
        actor.Tell("d");
        probe.ExpectMsg("a");
        probe.ExpectMsg("b");
        probe.ExpectMsg(3);
        probe.ExpectMsg("d");
    }

    [Fact]
    public void UnstashAll_KeepsOriginalSenders()
    {
        var probe = CreateTestProbe();
        var other = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Gate(probe.Ref)));
        other.Send(actor, "from-other");
        actor.Tell("from-test");
        actor.Tell("open");
        probe.ExpectMsg("from-other");
        Assert.Equal(other.Ref, probe.LastSender);
        probe.ExpectMsg("from-test");
        Assert.Equal(TestActor, probe.LastSender);
    }

    [Fact]
    public void Unstash_OneAtATime_MovesOldestToTheFront()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Gate(probe.Ref)));
        actor.Tell(1);
        actor.Tell(2);
        actor.Tell("count");
        ExpectMsg(2);

        // "one" puts 1 back in front; it is stashed again (same value, new delivery: allowed).
        actor.Tell("one");
        actor.Tell("count");
        ExpectMsg(2);
        actor.Tell("open");
        probe.ExpectMsg(2);
        probe.ExpectMsg(1);
    }

    private sealed class DoubleStasher : ReceiveActor, IWithUnboundedStash
    {
        public DoubleStasher(IActorRef probe)
        {
            ReceiveAny(m =>
            {
                Stash.Stash();
                try
                {
                    Stash.Stash();
                }
                catch (IllegalActorStateException e)
                {
                    probe.Tell(e.GetType().Name, Self);
                }

                probe.Tell(Stash.Count, Self);
            });
        }

        public IStash Stash { get; set; } = null!;
    }

    [Fact]
    public void Stash_SameDeliveryTwice_ThrowsIllegalActorStateException()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new DoubleStasher(probe.Ref)));
        actor.Tell("x");
        probe.ExpectMsg(nameof(IllegalActorStateException));
        probe.ExpectMsg(1);
    }

    private sealed record Ping
    {
        public static Ping Instance { get; } = new();
    }

    [Fact]
    public void Stash_SameSingletonInTwoDeliveries_StashesBoth()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Gate(TestActor)));
        actor.Tell(Ping.Instance);
        actor.Tell(Ping.Instance);
        actor.Tell("count");
        ExpectMsg(2);
    }

    [Fact]
    public void Stash_BeyondStashCapacity_ThrowsStashOverflowAndActorRestarts()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Restartable(probe.Ref)).WithMailbox("actorchat.actor.small-stash-mailbox"));
        probe.ExpectMsg("started");
        actor.Tell("a");
        actor.Tell("b");
        actor.Tell("c");
        var failure = probe.ExpectMsg<Exception>();
        Assert.IsType<StashOverflowException>(failure);
        probe.ExpectMsg(2);
        probe.ExpectMsg("started");
    }

    /// <summary>Stashes strings; "boom" fails; reports PreRestart/PostStop and the stash size seen there.</summary>
    private sealed class Restartable : ReceiveActor, IWithUnboundedStash
    {
        private readonly IActorRef _probe;

        public Restartable(IActorRef probe)
        {
            _probe = probe;
            Receive<string>(s => s == "boom", _ => throw new InvalidOperationException("boom"));
            Receive<string>(s => s == "open", _ =>
            {
                Become(() => ReceiveAny(m => probe.Tell(m, Self)));
                Stash.UnstashAll();
            });
            Receive<string>(_ => Stash.Stash());
        }

        public IStash Stash { get; set; } = null!;

        protected override void PreStart() => _probe.Tell("started", Self);

        protected override void PreRestart(Exception reason, object? message)
        {
            _probe.Tell(reason, Self);
            _probe.Tell(Stash.Count, Self);
        }

        protected override void PostStop() => _probe.Tell(Stash.Count, Self);
    }

    [Fact]
    public void Restart_WithStashedMessages_PutsThemBackAfterPreRestartForTheNewIncarnation()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Restartable(probe.Ref)));
        probe.ExpectMsg("started");
        actor.Tell("a");
        actor.Tell("b");
        actor.Tell("boom");
        actor.Tell("open");
        actor.Tell("c");
        probe.ExpectMsg<InvalidOperationException>();

        // PreRestart still saw both stashed messages: the unstash happens after it.
        probe.ExpectMsg(2);
        probe.ExpectMsg("started");

        // "a" and "b" went back to the front (ahead of "open" and "c"): the new incarnation stashes
        // them again, then "open" replays them before "c".
        probe.ExpectMsg("a");
        probe.ExpectMsg("b");
        probe.ExpectMsg("c");
    }

    [Fact]
    public void Stop_WithStashedMessages_DeadLettersThemAfterPostStop()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Restartable(probe.Ref)));
        probe.ExpectMsg("started");
        Sys.EventStream.Subscribe(TestActor, typeof(DeadLetter));
        actor.Tell("a");
        actor.Tell("b");
        Watch(actor);
        actor.Tell(PoisonPill.Instance);

        // PostStop still saw both stashed messages; then they drained to dead letters, in order.
        probe.ExpectMsg(2);
        var first = ExpectMsg<DeadLetter>();
        Assert.Equal("a", first.Message);
        Assert.Equal(actor, first.Recipient);
        Assert.Equal("b", ExpectMsg<DeadLetter>().Message);
        ExpectTerminated(actor);
    }

    [Fact]
    public void StashingActor_DefaultProps_GetsTheDequeMailbox()
    {
        var actor = (LocalActorRef)Sys.ActorOf(Props.Create(() => new Gate(TestActor)));
        Assert.IsType<UnboundedDequeMessageQueue>(actor.Cell.Mailbox.Queue);
        var plain = (LocalActorRef)Sys.ActorOf(Props.Create(() => new Infrastructure.Echo()));
        Assert.IsType<UnboundedMessageQueue>(plain.Cell.Mailbox.Queue);
    }

    [Fact]
    public void StashingActor_BoundedMailbox_IsAccepted()
    {
        var probe = CreateTestProbe();
        var actor = (LocalActorRef)Sys.ActorOf(Props.Create(() => new Gate(probe.Ref)).WithMailbox("actorchat.actor.bounded-mailbox"));
        Assert.IsType<BoundedMessageQueue>(actor.Cell.Mailbox.Queue);
        actor.Tell("a");
        actor.Tell("open");
        probe.ExpectMsg("a");
    }

    [Fact]
    public void StashingActor_MailboxWithoutDeque_CreationThrowsConfigException()
    {
        var e = Assert.Throws<ConfigException>(() => Sys.ActorOf(Props.Create(() => new Gate(TestActor)).WithMailbox("actorchat.actor.plain-mailbox")));
        Assert.Contains(nameof(IDequeBasedMessageQueueSemantics), e.Message, StringComparison.Ordinal);
    }

    private sealed class CtorProbe : ReceiveActor, IWithUnboundedStash
    {
        public CtorProbe(IActorRef probe)
        {
            probe.Tell(Stash is null ? "null-in-ctor" : "set-in-ctor", Self);
            ReceiveAny(_ => probe.Tell(Stash is null ? "null" : "injected", Self));
        }

        public IStash Stash { get; set; } = null!;
    }

    [Fact]
    public void Stash_Property_IsInjectedAfterTheConstructor()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new CtorProbe(probe.Ref)));
        probe.ExpectMsg("null-in-ctor");
        actor.Tell("x");
        probe.ExpectMsg("injected");
    }
}
