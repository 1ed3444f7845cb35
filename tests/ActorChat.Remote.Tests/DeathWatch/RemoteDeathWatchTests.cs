using ActorChat.Actors;
using ActorChat.Remote.Tests.Infrastructure;

namespace ActorChat.Remote.Tests.DeathWatch;

public sealed class RemoteDeathWatchTests : RemoteTestBase
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Watch_RemoteActorStops_DeliversTerminatedNotAddressTerminated()
    {
        var (b, remoteB, _) = StartNode("B");
        var target = b.ActorOf(Props.Create<Echo>(), "echo");
        var echo = await Sys.ActorSelection(remoteB.Address + "/user/echo").ResolveOne(Wait);

        Watch(echo);
        Assert.Equal("sync", await echo.Ask<string>("sync", Wait));
        AwaitAssert(() => Assert.Single(remoteB.GetAssociations()), Wait);
        b.Stop(target);

        var terminated = ExpectMsg<Terminated>(Wait);
        Assert.Equal(echo, terminated.ActorRef);
        Assert.True(terminated.ExistenceConfirmed);
        Assert.False(terminated.AddressTerminated);
    }

    [Fact]
    public void Watch_RemoteActorThatDoesNotExist_DeliversTerminatedNotConfirmed()
    {
        var (_, remoteB, _) = StartNode("B");
        var ghost = RemoteRef(remoteB, "/user/ghost");

        Watch(ghost);

        var terminated = ExpectMsg<Terminated>(Wait);
        Assert.Equal(ghost, terminated.ActorRef);
        Assert.False(terminated.ExistenceConfirmed);
    }

    [Fact]
    public async Task Watch_TransportCutWithoutGoodbye_DeliversAddressTerminated()
    {
        var (b, remoteB, _) = StartNode("B");
        b.ActorOf(Props.Create<Echo>(), "echo");
        var echo = await Sys.ActorSelection(remoteB.Address + "/user/echo").ResolveOne(Wait);
        Watch(echo);
        AwaitAssert(() => Assert.Equal(AssociationState.Active, Remote.GetAssociations().Single().State), Wait);

        remoteB.Abort();

        var terminated = ExpectMsg<Terminated>(Wait);
        Assert.Equal(echo, terminated.ActorRef);
        Assert.True(terminated.AddressTerminated);
        Assert.True(Logs.Has(3015));

        // A reconnect attempt started before the quarantine may still be failing (Connecting) for a moment.
        AwaitAssert(() => Assert.Equal(AssociationState.Quarantined, Remote.GetAssociations().Single().State), Wait);
    }

    [Fact]
    public async Task Quarantine_NodeRestartedAtSamePort_NewIncarnationAcceptedOldDropped()
    {
        var (b1, remoteB1, _) = StartNode("B");
        b1.ActorOf(Props.Create<Echo>(), "echo");
        var oldEcho = await Sys.ActorSelection(remoteB1.Address + "/user/echo").ResolveOne(Wait);
        var oldUid = remoteB1.Uid;
        Watch(oldEcho);
        Assert.Equal("one", await oldEcho.Ask<string>("one", Wait));

        remoteB1.Abort();
        await b1.Terminate().WaitAsync(Wait);
        Assert.True(ExpectMsg<Terminated>(Wait).AddressTerminated);

        var (b2, remoteB2, _) = StartNode("B", $"actorchat.remote.port = {remoteB1.Address.Port}");
        b2.ActorOf(Props.Create<Echo>(), "echo");
        Assert.Equal(remoteB1.Address, remoteB2.Address);
        Assert.NotEqual(oldUid, remoteB2.Uid);

        // Sends while the address is still gated (after failed reconnects to the dead node) are dropped, as in Akka: retry.
        IActorRef? newEcho = null;
        for (var attempt = 0; attempt < 20 && newEcho is null; attempt++)
        {
            try
            {
                newEcho = await Sys.ActorSelection(remoteB2.Address + "/user/echo").ResolveOne(TimeSpan.FromSeconds(1));
            }
            catch (ActorNotFoundException)
            {
            }
        }

        Assert.NotNull(newEcho);
        Assert.Equal("two", await newEcho.Ask<string>("two", Wait));
        Assert.NotEqual(oldEcho, newEcho);

        // The old incarnation's actor (old #uid) is gone: a message to it is dropped there, not delivered.
        oldEcho.Tell("stale", TestActor);
        newEcho.Tell("fresh", TestActor);
        ExpectMsg("fresh", Wait);
        Assert.Equal(remoteB2.Uid, Remote.GetAssociations().Single().RemoteUid);
    }
}
