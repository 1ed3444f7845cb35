using ActorChat.Actors.Dispatch;
using ActorChat.Actors.Events;
using ActorChat.Actors.Refs;
using ActorChat.Hocon;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests.Dispatch;

public sealed class BoundedMailboxTests : ActorChat.TestKit.TestKit
{
    private const string Tiny = "actorchat.actor.tiny-mailbox";
    private const string Failing = "actorchat.actor.failing-mailbox";

    public BoundedMailboxTests()
        : base("""
            actorchat.actor.tiny-mailbox { mailbox-type = bounded, mailbox-capacity = 3 }
            actorchat.actor.failing-mailbox { mailbox-type = bounded, mailbox-capacity = 2, overflow-strategy = fail }
            actorchat.actor.broken-mailbox { mailbox-type = bounded, mailbox-capacity = 0, overflow-strategy = drop-old, stash-capacity = 0 }
            """)
    {
    }

    /// <summary>"block" holds the actor (bounded wait) until the gate opens; everything else goes to the probe.</summary>
    private sealed class Gated : ReceiveActor
    {
        public Gated(ManualResetEventSlim gate, IActorRef probe)
        {
            Receive<string>(s => s == "block", _ =>
            {
                probe.Tell("blocking", Self);
                gate.Wait(TimeSpan.FromSeconds(5));
            });
            ReceiveAny(m => probe.Tell(m, Self));
        }
    }

    private (LocalActorRef Actor, TestProbe Probe) SpawnBlocked(ManualResetEventSlim gate, string mailbox)
    {
        var probe = CreateTestProbe();
        var actor = (LocalActorRef)Sys.ActorOf(Props.Create(() => new Gated(gate, probe.Ref)).WithMailbox(mailbox));
        actor.Tell("block");
        probe.ExpectMsg("blocking");
        return (actor, probe);
    }

    [Fact]
    public void BoundedMailbox_Full_DropNewPublishesDroppedAndCountsThem()
    {
        using var gate = new ManualResetEventSlim(false);
        Sys.EventStream.Subscribe(TestActor, typeof(Dropped));
        var (actor, probe) = SpawnBlocked(gate, Tiny);
        for (var i = 0; i < 5; i++)
        {
            actor.Tell(i);
        }

        var first = ExpectMsg<Dropped>();
        Assert.Equal(3, first.Message);
        Assert.Equal(actor, first.Recipient);
        Assert.Equal(TestActor, first.Sender);
        Assert.Contains("capacity 3", first.Reason, StringComparison.Ordinal);
        Assert.Equal(4, ExpectMsg<Dropped>().Message);
        var queue = Assert.IsType<BoundedMessageQueue>(actor.Cell.Mailbox.Queue);
        Assert.Equal(2, queue.DroppedCount);

        gate.Set();
        probe.ExpectMsg(0);
        probe.ExpectMsg(1);
        probe.ExpectMsg(2);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));

        // Room again once drained.
        actor.Tell(9);
        probe.ExpectMsg(9);
    }

    [Fact]
    public void BoundedMailbox_FailStrategy_TellThrowsAndStillPublishesDropped()
    {
        using var gate = new ManualResetEventSlim(false);
        Sys.EventStream.Subscribe(TestActor, typeof(AllDeadLetters));
        var (actor, probe) = SpawnBlocked(gate, Failing);
        actor.Tell(1);
        actor.Tell(2);
        Assert.Throws<MailboxOverflowException>(() => actor.Tell(3));
        Assert.Equal(3, ExpectMsg<Dropped>().Message);
        Assert.Equal(1, ((BoundedMessageQueue)actor.Cell.Mailbox.Queue).DroppedCount);
        gate.Set();
        probe.ExpectMsg(1);
        probe.ExpectMsg(2);
    }

    [Fact]
    public void BoundedMailbox_Full_StopStillOvertakesQueuedUserMessages()
    {
        using var gate = new ManualResetEventSlim(false);
        Sys.EventStream.Subscribe(TestActor, typeof(DeadLetter));
        var (actor, probe) = SpawnBlocked(gate, Tiny);
        actor.Tell(1);
        actor.Tell(2);
        actor.Tell(3);
        Watch(actor);
        actor.Stop();
        gate.Set();
        Assert.Equal(1, ExpectMsg<DeadLetter>().Message);
        Assert.Equal(2, ExpectMsg<DeadLetter>().Message);
        Assert.Equal(3, ExpectMsg<DeadLetter>().Message);
        ExpectTerminated(actor);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void DequeMailbox_StopStillOvertakesQueuedUserMessages()
    {
        using var gate = new ManualResetEventSlim(false);
        Sys.EventStream.Subscribe(TestActor, typeof(DeadLetter));
        var (actor, probe) = SpawnBlocked(gate, Mailboxes.DequeMailboxId);
        Assert.IsType<UnboundedDequeMessageQueue>(actor.Cell.Mailbox.Queue);
        actor.Tell(1);
        actor.Tell(2);
        Watch(actor);
        actor.Stop();
        gate.Set();
        Assert.Equal(1, ExpectMsg<DeadLetter>().Message);
        Assert.Equal(2, ExpectMsg<DeadLetter>().Message);
        ExpectTerminated(actor);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void MailboxConfig_InvalidValues_ReportsEveryProblemTogether()
    {
        var e = Assert.Throws<ConfigException>(() => Sys.ActorOf(Props.Create<Infrastructure.Echo>().WithMailbox("actorchat.actor.broken-mailbox")));
        Assert.Contains("mailbox-capacity", e.Message, StringComparison.Ordinal);
        Assert.Contains("overflow-strategy", e.Message, StringComparison.Ordinal);
        Assert.Contains("stash-capacity", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BoundedMailbox_ReferenceDefaults_Capacity1000DropNew()
    {
        var actor = (LocalActorRef)Sys.ActorOf(Props.Create<Infrastructure.Echo>().WithMailbox("actorchat.actor.bounded-mailbox"));
        Assert.Equal(1000, Assert.IsType<BoundedMessageQueue>(actor.Cell.Mailbox.Queue).Capacity);
        actor.Tell("hi");
        ExpectMsg("hi");
    }

    [Theory]
    [InlineData(Tiny)]
    [InlineData(Failing)]
    public void FullSubscriber_OfDeadLetterEvents_EventsCountedWithoutLoopingOrThrowing(string mailbox)
    {
        using var gate = new ManualResetEventSlim(false);
        var (actor, _) = SpawnBlocked(gate, mailbox);
        Sys.EventStream.Subscribe(actor, typeof(AllDeadLetters));
        Sys.EventStream.Subscribe(TestActor, typeof(DeadLetter));
        for (var i = 0; i < 5; i++)
        {
            Sys.DeadLetters.Tell(i);
        }

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(i, ExpectMsg<DeadLetter>().Message);
        }

        var queue = (BoundedMessageQueue)actor.Cell.Mailbox.Queue;
        Assert.Equal(5 - queue.Capacity, queue.DroppedCount);
        gate.Set();
    }
}
