using ActorChat.Actors.Stash;

namespace ActorChat.Actors.Tests.Stash;

public sealed class PropsStashCapacityTests : ActorChat.TestKit.TestKit
{
    public PropsStashCapacityTests()
        : base("actorchat.actor.capped-mailbox { mailbox-type = unbounded-deque, stash-capacity = 2 }")
    {
    }

    /// <summary>Stashes ints; "capacity" reports the stash's capacity; a stash overflow is reported, not thrown.</summary>
    private sealed class Stasher : ReceiveActor, IWithUnboundedStash
    {
        public Stasher(IActorRef probe)
        {
            Receive<string>(s => s == "capacity", _ => probe.Tell(Stash.Capacity, Self));
            Receive<int>(_ =>
            {
                try
                {
                    Stash.Stash();
                }
                catch (StashOverflowException)
                {
                    probe.Tell("overflow", Self);
                }
            });
        }

        public IStash Stash { get; set; } = null!;
    }

    [Fact]
    public void WithStashCapacity_DefaultMailbox_BoundsTheStash()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Stasher(probe.Ref)).WithStashCapacity(1));
        actor.Tell("capacity");
        probe.ExpectMsg(1);
        actor.Tell(1);
        actor.Tell(2);
        probe.ExpectMsg("overflow");
    }

    [Fact]
    public void WithStashCapacity_MailboxWithStashCapacity_PropsWins()
    {
        var probe = CreateTestProbe();
        var props = Props.Create(() => new Stasher(probe.Ref)).WithMailbox("actorchat.actor.capped-mailbox");
        Sys.ActorOf(props.WithStashCapacity(3)).Tell("capacity");
        probe.ExpectMsg(3);
        Sys.ActorOf(props).Tell("capacity");
        probe.ExpectMsg(2);
    }

    [Fact]
    public void WithStashCapacity_KeptByOtherWithMethods()
    {
        var props = Props.Create(() => new Stasher(ActorRefs.Nobody)).WithStashCapacity(5).WithDispatcher(Props.DefaultDispatcherId).WithMailbox(Props.DefaultMailboxId);
        Assert.Equal(5, props.StashCapacity);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void WithStashCapacity_ZeroOrBelowMinusOne_Throws(int capacity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Props.Create(() => new Stasher(ActorRefs.Nobody)).WithStashCapacity(capacity));
    }
}
