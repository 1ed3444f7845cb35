using ActorChat.Actors.Events;
using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests;

public sealed class ActorSelectionTests : ActorChat.TestKit.TestKit
{
    private sealed class Tree : ReceiveActor
    {
        public Tree()
        {
            Context.ActorOf(Props.Create<Echo>(), "a1");
            Context.ActorOf(Props.Create<Echo>(), "a2");
            Context.ActorOf(Props.Create<Echo>(), "b1");
            Receive<string>(path => Context.ActorSelection(path).Tell("rel", Sender));
        }
    }

    // Identify round-trip: the tree's constructor (which creates the children) has run afterwards.
    private void Setup()
    {
        Sys.ActorOf(Props.Create<Tree>(), "tree").Tell(new Identify(null));
        ExpectMsg<ActorIdentity>();
    }

    [Fact]
    public void Selection_AbsolutePath_DeliversToActor()
    {
        Setup();
        Sys.ActorSelection("/user/tree/a1").Tell("hi");
        ExpectMsg("hi");
        Assert.Equal("a1", LastSender.Path.Name);
    }

    [Fact]
    public void Selection_FullUri_DeliversToActor()
    {
        Setup();
        Sys.ActorSelection("actorchat://test/user/tree/b1").Tell("hi");
        ExpectMsg("hi");
        Assert.Equal("b1", LastSender.Path.Name);
    }

    [Fact]
    public void Selection_Wildcards_DeliverToAllMatches()
    {
        Setup();
        Sys.ActorSelection("/user/tree/a*").Tell("star");
        var senders = new HashSet<string> { ReceiveSender(), ReceiveSender() };
        Assert.Equal(new HashSet<string> { "a1", "a2" }, senders);
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));

        Sys.ActorSelection("/user/tree/?1").Tell("q");
        senders = [ReceiveSender(), ReceiveSender()];
        Assert.Equal(new HashSet<string> { "a1", "b1" }, senders);
    }

    [Fact]
    public void Selection_DoubleStarLast_DeliversToAllDescendants()
    {
        Setup();
        Sys.ActorSelection("/user/tree/**").Tell("all");
        var senders = new HashSet<string> { ReceiveSender(), ReceiveSender(), ReceiveSender() };
        Assert.Equal(3, senders.Count);
    }

    [Fact]
    public void Selection_DoubleStarNotLast_Throws()
    {
        Assert.Throws<InvalidActorNameException>(() => Sys.ActorSelection("/user/**/x"));
    }

    [Fact]
    public void Selection_RelativeWithParent_ResolvesFromSelf()
    {
        Setup();
        var tree = Sys.ActorSelection("/user/tree");
        tree.Tell("a2");
        ExpectMsg("rel");
        Assert.Equal("a2", LastSender.Path.Name);
        tree.Tell("a1/../b1");
        ExpectMsg("rel");
        Assert.Equal("b1", LastSender.Path.Name);
    }

    [Fact]
    public void Identify_ExistingAndMissing_RepliesWithSubjectOrNull()
    {
        Setup();
        Sys.ActorSelection("/user/tree/a1").Tell(new Identify(1));
        var found = ExpectMsg<ActorIdentity>();
        Assert.Equal(1, found.MessageId);
        Assert.Equal("a1", found.Subject!.Path.Name);

        Sys.ActorSelection("/user/tree/missing").Tell(new Identify(2));
        Assert.Null(ExpectMsg<ActorIdentity>().Subject);

        // Wildcards do not answer for non-existent targets.
        Sys.ActorSelection("/user/tree/zz*").Tell(new Identify(3));
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Identify_ToDeadLetters_RepliesNobody()
    {
        Sys.DeadLetters.Tell(new Identify("x"));
        Assert.Equal(ActorRefs.Nobody, ExpectMsg<ActorIdentity>().Subject);
    }

    [Fact]
    public async Task ResolveOne_Existing_ReturnsRef()
    {
        Setup();
        var actor = await Sys.ActorSelection("/user/tree/a2").ResolveOne(TimeSpan.FromSeconds(3));
        Assert.Equal("a2", actor.Path.Name);
    }

    [Fact]
    public async Task ResolveOne_Missing_ThrowsActorNotFound()
    {
        await Assert.ThrowsAsync<ActorNotFoundException>(() => Sys.ActorSelection("/user/nothing").ResolveOne(TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public void Selection_MissingExactPath_PublishesDeadLetter()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(DeadLetter));
        Sys.ActorSelection("/user/ghost").Tell("boo");
        var letter = ExpectMsg<DeadLetter>();
        Assert.Equal("boo", letter.Message);
    }

    /// <summary>Like <see cref="Tree"/>, but the constructor holds until the test opens the gate.</summary>
    private sealed class GatedTree : ReceiveActor
    {
        public GatedTree(ManualResetEventSlim gate)
        {
            // Blocking (bounded) on purpose: keeps the constructor from running before the selection is sent.
            gate.Wait(TimeSpan.FromSeconds(3));
            Context.ActorOf(Props.Create<Echo>(), "a1");
        }
    }

    [Fact]
    public void Selection_RightAfterActorOf_FindsConstructorCreatedChildren()
    {
        using var gate = new ManualResetEventSlim();
        Sys.ActorOf(Props.Create(() => new GatedTree(gate)), "gated");
        Sys.ActorSelection("/user/gated/a1").Tell("hi");
        gate.Set();
        ExpectMsg("hi");
        Assert.Equal("a1", LastSender.Path.Name);
    }

    [Fact]
    public void Identify_RightAfterActorOf_FindsConstructorCreatedChild()
    {
        using var gate = new ManualResetEventSlim();
        Sys.ActorOf(Props.Create(() => new GatedTree(gate)), "gated");
        Sys.ActorSelection("/user/gated/a1").Tell(new Identify(7));
        gate.Set();
        Assert.Equal("a1", ExpectMsg<ActorIdentity>().Subject!.Path.Name);
    }

    [Fact]
    public void Selection_MissAfterWildcardFanOut_IsDroppedSilently()
    {
        Setup();
        Sys.EventStream.Subscribe(TestActor, typeof(DeadLetter));
        Sys.ActorSelection("/user/tree/a*/nope").Tell(new Identify(4));
        Sys.ActorSelection("/user/*/a1/nope").Tell("lost");
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Identify_ThroughMissingIntermediate_RepliesNull()
    {
        Setup();
        Sys.ActorSelection("/user/tree/missing/a1").Tell(new Identify(5));
        var identity = ExpectMsg<ActorIdentity>();
        Assert.Equal(5, identity.MessageId);
        Assert.Null(identity.Subject);
    }

    [Fact]
    public void Identify_ThroughStoppingIntermediate_RepliesNull()
    {
        Setup();
        Sys.ActorSelection("/user/tree").Tell(PoisonPill.Instance);

        // The selection reaches the tree after it stopped: either its name is gone or its closed
        // mailbox hands the selection to dead letters; both answer with an empty identity.
        Sys.ActorSelection("/user/tree/a1").Tell(new Identify(6));
        Assert.Null(ExpectMsg<ActorIdentity>().Subject);
    }

    [Fact]
    public void Selection_ParentThenChild_ResolvesThroughEachHop()
    {
        Setup();
        Sys.ActorSelection("/user/tree/a1/../../tree/b1").Tell("up and down");
        ExpectMsg("up and down");
        Assert.Equal("b1", LastSender.Path.Name);
    }

    private string ReceiveSender()
    {
        ExpectMsg<string>();
        return LastSender.Path.Name;
    }
}
