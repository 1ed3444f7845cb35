using ActorChat.Actors.Events;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests.Dispatch;

public sealed class MailboxOrderingTests : ActorChat.TestKit.TestKit
{
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

        protected override void PostStop() => Context.System.EventStream.Publish("stopped");
    }

    [Fact]
    public void Stop_SystemMessage_OvertakesQueuedUserMessages()
    {
        using var gate = new ManualResetEventSlim(false);
        var probe = CreateTestProbe();
        Sys.EventStream.Subscribe(TestActor, typeof(DeadLetter));
        var actor = Sys.ActorOf(Props.Create(() => new Gated(gate, probe.Ref)));
        actor.Tell("block");
        probe.ExpectMsg("blocking");
        for (var i = 0; i < 10; i++)
        {
            actor.Tell(i);
        }

        ((Refs.IInternalActorRef)actor).Stop();
        gate.Set();

        // None of the queued user messages was processed: all ten went to dead letters.
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(i, ExpectMsg<DeadLetter>().Message);
        }

        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void PoisonPill_IsOrdered_ProcessesEarlierMessagesThenDeadLettersLater()
    {
        using var gate = new ManualResetEventSlim(true);
        var probe = CreateTestProbe();
        Sys.EventStream.Subscribe(TestActor, typeof(DeadLetter));
        var actor = Sys.ActorOf(Props.Create(() => new Gated(gate, probe.Ref)));
        actor.Tell(1);
        actor.Tell(PoisonPill.Instance);
        actor.Tell(2);
        probe.ExpectMsg(1);
        Assert.Equal(2, ExpectMsg<DeadLetter>().Message);
    }

    private sealed class Collector : ReceiveActor
    {
        private readonly Dictionary<int, int> _last = [];
        private int _received;

        public Collector(IActorRef probe, int expected) => Receive<(int Sender, int Seq)>(m =>
        {
            if (_last.TryGetValue(m.Sender, out var previous) && previous + 1 != m.Seq)
            {
                probe.Tell($"out of order: sender {m.Sender} {previous} -> {m.Seq}", Self);
            }

            _last[m.Sender] = m.Seq;
            if (++_received == expected)
            {
                probe.Tell("all received in order", Self);
            }
        });
    }

    [Fact]
    public async Task Mailbox_ConcurrentSenders_PerSenderFifo()
    {
        const int senders = 4;
        const int perSender = 20_000;
        var collector = Sys.ActorOf(Props.Create(() => new Collector(TestActor, senders * perSender)));
        var producers = Enumerable.Range(0, senders).Select(s => Task.Run(() =>
        {
            for (var i = 0; i < perSender; i++)
            {
                collector.Tell((s, i), ActorRefs.NoSender);
            }
        })).ToArray();
        await Task.WhenAll(producers).WaitAsync(TimeSpan.FromSeconds(10));
        ExpectMsg("all received in order", TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Props_WithUnknownMailboxOrDispatcher_Throws()
    {
        Assert.ThrowsAny<Exception>(() => Sys.ActorOf(Props.Create<Collector>(TestActor, 1).WithMailbox("no.such.mailbox")));
        Assert.ThrowsAny<Exception>(() => Sys.ActorOf(Props.Create<Collector>(TestActor, 1).WithDispatcher("no.such.dispatcher")));
    }

    [Fact]
    public void Props_WithDequeMailboxAndCustomDispatcher_Work()
    {
        using var kit = new ActorChat.TestKit.TestKit("my-dispatcher { throughput = 1 }");
        var actor = kit.Sys.ActorOf(Props.Create<Collector>(kit.TestActor, 2)
            .WithMailbox("actorchat.actor.unbounded-deque-mailbox")
            .WithDispatcher("my-dispatcher"));
        actor.Tell((1, 1), ActorRefs.NoSender);
        actor.Tell((1, 2), ActorRefs.NoSender);
        kit.ExpectMsg("all received in order");
    }
}
