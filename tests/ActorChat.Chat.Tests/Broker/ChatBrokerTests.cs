using ActorChat.Chat.Broker;

namespace ActorChat.Chat.Tests.Broker;

public sealed class ChatBrokerTests : ActorChat.TestKit.TestKit
{
    private readonly IActorRef _broker;

    public ChatBrokerTests() => _broker = Sys.ActorOf(ChatBroker.Props(), "broker");

    [Fact]
    public void Register_FreeName_Registered()
    {
        var alice = CreateTestProbe();
        _broker.Tell(new Register("alice", alice.Ref));
        alice.ExpectMsg(new Registered("alice"));
    }

    [Fact]
    public void Register_NameTaken_SecondGetsNameTakenFirstKeepsIt()
    {
        var (first, _) = Login("alice");
        var second = CreateTestProbe();
        _broker.Tell(new Register("alice", second.Ref));
        second.ExpectMsg(new NameTaken("alice"));

        var bob = Login("bob").Probe;
        _broker.Tell(new Say("bob", bob.Ref, ["alice"], "hi"));
        Assert.Equal("from bob: hi\n", first.ExpectMsg<Deliver>().ToString());
        second.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Register_SameRefAgain_RegisteredIdempotently()
    {
        var alice = Login("alice").Probe;
        _broker.Tell(new Register("alice", alice.Ref));
        alice.ExpectMsg(new Registered("alice"));
    }

    [Fact]
    public void Say_UnknownRecipient_ErrorToSenderOthersStillGetIt()
    {
        var alice = Login("alice").Probe;
        var bob = Login("bob").Probe;
        _broker.Tell(new Say("alice", alice.Ref, ["ghost", "bob"], "hello"));
        Assert.Equal("error: unknown user ghost\n", alice.ExpectMsg<Deliver>().ToString());
        Assert.Equal("from alice: hello\n", bob.ExpectMsg<Deliver>().ToString());
        alice.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Say_MultipleRecipients_EachGetsItOnceInOrder()
    {
        var alice = Login("alice").Probe;
        var bob = Login("bob").Probe;
        var carol = Login("carol").Probe;
        _broker.Tell(new Say("alice", alice.Ref, ["bob", "carol"], "one"));
        _broker.Tell(new Say("alice", alice.Ref, ["carol"], "two"));
        Assert.Equal("from alice: one\n", bob.ExpectMsg<Deliver>().ToString());
        Assert.Equal("from alice: one\n", carol.ExpectMsg<Deliver>().ToString());
        Assert.Equal("from alice: two\n", carol.ExpectMsg<Deliver>().ToString());
        bob.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
        alice.ExpectNoMsg(TimeSpan.Zero);
    }

    [Fact]
    public void Say_SenderListsItself_SenderGetsACopy()
    {
        var alice = Login("alice").Probe;
        _broker.Tell(new Say("alice", alice.Ref, ["alice"], "note"));
        Assert.Equal("from alice: note\n", alice.ExpectMsg<Deliver>().ToString());
    }

    [Fact]
    public void Terminated_RegisteredClientStops_NameFreed()
    {
        var old = Sys.ActorOf(Props.Create(() => new Forwarder(TestActor)));
        _broker.Tell(new Register("alice", old));
        ExpectMsg(new Registered("alice"));
        Watch(old);
        Sys.Stop(old);
        ExpectTerminated(old);

        // The broker learns of the stop through its own watch: eventually the name is free again.
        AwaitAssert(() =>
        {
            var again = CreateTestProbe();
            _broker.Tell(new Register("alice", again.Ref));
            again.ExpectMsg(new Registered("alice"), TimeSpan.FromSeconds(1));
        });
    }

    [Fact]
    public void Terminated_StaleRefAfterRelogin_NewSessionKeepsName()
    {
        var old = Sys.ActorOf(Props.Create(() => new Forwarder(TestActor)));
        _broker.Tell(new Register("alice", old));
        ExpectMsg(new Registered("alice"));
        Watch(old);
        Sys.Stop(old);
        ExpectTerminated(old);
        var fresh = CreateTestProbe();
        AwaitAssert(() =>
        {
            _broker.Tell(new Register("alice", fresh.Ref));
            fresh.ExpectMsg(new Registered("alice"), TimeSpan.FromSeconds(1));
        });

        // A late Terminated of the old session (the a-chat race) must not evict the new one.
        _broker.Tell(new Terminated(old, true, false));
        var bob = Login("bob").Probe;
        _broker.Tell(new Say("bob", bob.Ref, ["alice"], "still there?"));
        Assert.Equal("from bob: still there?\n", fresh.ExpectMsg<Deliver>().ToString());
    }

    [Fact]
    public void Drain_AfterSays_RepliedAfterTheirDeliveries()
    {
        var alice = Login("alice").Probe;
        for (var i = 0; i < 100; i++)
        {
            _broker.Tell(new Say("alice", alice.Ref, ["alice"], "m" + i));
        }

        _broker.Tell(Drain.Instance, TestActor);
        ExpectMsg(Drained.Instance);
        Assert.Equal(100, alice.ReceiveWhile(TimeSpan.FromSeconds(1), m => m as Deliver, 100).Count);
    }

    private (ActorChat.TestKit.TestProbe Probe, string Name) Login(string name)
    {
        var probe = CreateTestProbe();
        _broker.Tell(new Register(name, probe.Ref));
        probe.ExpectMsg(new Registered(name));
        return (probe, name);
    }

    private sealed class Forwarder : ReceiveActor
    {
        public Forwarder(IActorRef target) => ReceiveAny(m => target.Forward(m));
    }
}
