using ActorChat.Actors.Dispatch;
using ActorChat.Actors.Stash;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests.Stash;

public sealed class StashOperationsTests : ActorChat.TestKit.TestKit
{
    public StashOperationsTests()
        : base("actorchat.actor.capped-mailbox { mailbox-type = unbounded-deque, stash-capacity = 2 }")
    {
    }

    /// <summary>Stashes ints; string commands run stash operations and report to the probe.</summary>
    private sealed class Operator : ReceiveActor, IWithUnboundedStash
    {
        public Operator(IActorRef probe)
        {
            Receive<string>(s => s == "evens", _ =>
            {
                Become(() => ReceiveAny(m => probe.Tell(m, Self)));
                Stash.UnstashAll(e => e.Message is int n && n % 2 == 0);
            });
            Receive<string>(s => s == "clear", _ => probe.Tell(Stash.ClearStash().Select(e => e.Message).ToArray(), Self));
            Receive<string>(s => s == "prepend", _ =>
            {
                Stash.Prepend([new Envelope(-2, Self), new Envelope(-1, Self)]);
                probe.Tell(Stash.Count, Self);
            });
            Receive<string>(s => s == "state", _ => probe.Tell((Stash.Count, Stash.IsEmpty, Stash.NonEmpty, Stash.IsFull, Stash.Capacity), Self));
            Receive<int>(_ => Stash.Stash());
        }

        public IStash Stash { get; set; } = null!;
    }

    [Fact]
    public void UnstashAll_WithPredicate_ReplaysMatchesInOrderAndDiscardsTheRest()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Operator(probe.Ref)));
        for (var i = 1; i <= 5; i++)
        {
            actor.Tell(i);
        }

        actor.Tell("evens");
        actor.Tell("after");
        probe.ExpectMsg(2);
        probe.ExpectMsg(4);
        probe.ExpectMsg("after");
    }

    [Fact]
    public void ClearStash_ReturnsStashedOldestFirstAndEmptiesIt()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Operator(probe.Ref)));
        actor.Tell(1);
        actor.Tell(2);
        actor.Tell("clear");
        Assert.Equal([1, 2], probe.ExpectMsg<object[]>());
        actor.Tell("state");
        Assert.Equal((0, true, false, false, -1), probe.ExpectMsg<(int, bool, bool, bool, int)>());
    }

    [Fact]
    public void Prepend_PutsEnvelopesBeforeEverythingStashedInGivenOrder()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Operator(probe.Ref)));
        actor.Tell(1);
        actor.Tell("prepend");
        probe.ExpectMsg(3);
        actor.Tell("clear");
        Assert.Equal([-2, -1, 1], probe.ExpectMsg<object[]>());
    }

    [Fact]
    public void Stash_WithCapacity_ReportsIsFullAndCapacity()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Operator(probe.Ref)).WithMailbox("actorchat.actor.capped-mailbox"));
        actor.Tell(1);
        actor.Tell(2);
        actor.Tell("state");
        Assert.Equal((2, false, true, true, 2), probe.ExpectMsg<(int, bool, bool, bool, int)>());
    }
}
