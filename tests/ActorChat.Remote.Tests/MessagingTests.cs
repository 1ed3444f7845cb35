using ActorChat.Actors;
using ActorChat.Remote.Tests.Infrastructure;

namespace ActorChat.Remote.Tests;

public sealed class MessagingTests : RemoteTestBase
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public void Address_PortZero_AdvertisesBoundPort()
    {
        Assert.Equal("actorchat.tcp", Remote.Address.Protocol);
        Assert.Equal("A", Remote.Address.System);
        Assert.Equal("127.0.0.1", Remote.Address.Host);
        Assert.NotEqual(0, Remote.Address.Port);
    }

    [Fact]
    public async Task Selection_RemotePath_ResolvesToWorkingRemoteRefForTellAndAsk()
    {
        var (b, remoteB, _) = StartNode("B");
        b.ActorOf(Props.Create<Echo>(), "echo");

        var echo = await Sys.ActorSelection(remoteB.Address + "/user/echo").ResolveOne(Wait);
        Assert.Equal(remoteB.Address, echo.Path.Address);
        Assert.NotEqual(0, echo.Path.Uid);

        echo.Tell("hello", TestActor);
        ExpectMsg("hello", Wait);
        Assert.Equal(42L, await echo.Ask<long>(42L, Wait));
        Assert.Equal(new byte[] { 1, 2, 3 }, await echo.Ask<byte[]>(new byte[] { 1, 2, 3 }, Wait));
    }

    [Fact]
    public async Task Selection_MissingRemoteActor_ResolveOneFails()
    {
        var (_, remoteB, _) = StartNode("B");
        await Assert.ThrowsAsync<ActorNotFoundException>(() => Sys.ActorSelection(remoteB.Address + "/user/nobody").ResolveOne(Wait));
    }

    [Fact]
    public void Refs_InsideJsonMessages_ComeBackAsWorkingRefs()
    {
        var (b, remoteB, _) = StartNode("B");
        b.ActorOf(Props.Create<Echo>(), "echo");
        var echo = RemoteRef(remoteB, "/user/echo");
        var probe = CreateTestProbe();

        echo.Tell(new ReplyTo("x", probe.Ref), TestActor);

        var reply = probe.ExpectMsg<Reply>(Wait);
        Assert.Equal("x", reply.Text);
        Assert.Equal(remoteB.Address, reply.From.Path.Address);
        reply.From.Tell("back", TestActor);
        ExpectMsg("back", Wait);
    }

    [Fact]
    public void Ordering_ManyMessagesUnderLoad_ArriveInSendOrder()
    {
        var (b, remoteB, _) = StartNode("B");
        b.ActorOf(Props.Create<Echo>(), "echo");
        var echo = RemoteRef(remoteB, "/user/echo");
        const int Count = 20_000;
        for (var i = 0; i < Count; i++)
        {
            echo.Tell(i, TestActor);
        }

        for (var i = 0; i < Count; i++)
        {
            ExpectMsg(i, Wait);
        }

        var info = Assert.Single(Remote.GetAssociations());
        Assert.Equal(AssociationState.Active, info.State);
        Assert.True(info.MessagesOut >= Count);
        Assert.True(info.BytesOut > info.MessagesOut);
    }

    [Fact]
    public void Association_BothDirections_UseOneAssociationPerPeer()
    {
        var (b, remoteB, _) = StartNode("B");
        b.ActorOf(Props.Create<Echo>(), "echo");
        RemoteRef(remoteB, "/user/echo").Tell("ping", TestActor);
        ExpectMsg("ping", Wait);

        Assert.Single(Remote.GetAssociations());
        var fromB = Assert.Single(remoteB.GetAssociations());
        Assert.Equal(Remote.Address, fromB.RemoteAddress);
        Assert.Equal(Remote.Uid, fromB.RemoteUid);
    }

    [Fact]
    public void Tell_ActorCreatedAfterEarlierMessagesToItsPath_ReceivesLaterMessages()
    {
        var (b, remoteB, _) = StartNode("B");
        b.ActorOf(Props.Create<Echo>(), "echo");
        var late = RemoteRef(remoteB, "/user/late");

        // Dropped on B (no such actor yet); the echo round trip behind it on the same association
        // shows B has read it before the actor exists.
        late.Tell("early", TestActor);
        RemoteRef(remoteB, "/user/echo").Tell("sync", TestActor);
        ExpectMsg("sync", Wait);
        b.ActorOf(Props.Create<Echo>(), "late");

        late.Tell("now", TestActor);

        ExpectMsg("now", Wait);
    }

    [Fact]
    public void Serialization_UnknownManifest_DroppedAndLoggedAssociationStays()
    {
        var (b, remoteB, logsB) = StartNode("B", setup: Setup(registerSecret: false));
        b.ActorOf(Props.Create<Echo>(), "echo");
        var echo = RemoteRef(remoteB, "/user/echo");

        echo.Tell(new Secret("s"), TestActor);
        echo.Tell("after", TestActor);

        ExpectMsg("after", Wait);
        AwaitAssert(() => Assert.True(logsB.Has(3008, "unknown manifest")), Wait);
        Assert.Equal(AssociationState.Active, Assert.Single(Remote.GetAssociations()).State);
    }

    [Fact]
    public void Serialization_UnregisteredType_DroppedOnSendAndLogged()
    {
        var (b, remoteB, _) = StartNode("B");
        b.ActorOf(Props.Create<Echo>(), "echo");
        var echo = RemoteRef(remoteB, "/user/echo");

        echo.Tell(new Uri("http://x"), TestActor);
        echo.Tell("after", TestActor);

        ExpectMsg("after", Wait);
        Assert.True(Logs.Has(3007));
    }

    [Fact]
    public void Frames_OversizedOutbound_DroppedAndLoggedAssociationStays()
    {
        var (b, remoteB, _) = StartNode("B");
        b.ActorOf(Props.Create<Echo>(), "echo");
        var echo = RemoteRef(remoteB, "/user/echo");

        echo.Tell(new byte[200_000], TestActor);
        echo.Tell("after", TestActor);

        ExpectMsg("after", Wait);
        Assert.True(Logs.Has(3006));
    }

    [Fact]
    public async Task Secret_BothSidesKnowIt_Associates()
    {
        var (_, r1, _) = StartNode("S1", "actorchat.remote.secret = \"s3cr3t\"");
        var (s2, r2, _) = StartNode("S2", "actorchat.remote.secret = \"s3cr3t\"");
        s2.ActorOf(Props.Create<Echo>(), "echo");

        Assert.Equal("hi", await r1.ResolveActorRef(r2.Address + "/user/echo").Ask<string>("hi", Wait));
    }
}
