using ActorChat.Actors.DeathWatch;
using ActorChat.Actors.Dispatch.SysMsg;
using ActorChat.Actors.Refs;
using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests.DeathWatch;

public sealed class DeathWatchTests : ActorChat.TestKit.TestKit
{
    /// <summary>Watches on request and reports everything it receives to the probe.</summary>
    private sealed class Watcher : ReceiveActor
    {
        public Watcher(IActorRef probe)
        {
            Receive<(string Op, IActorRef Target)>(m =>
            {
                switch (m.Op)
                {
                    case "watch":
                        Context.Watch(m.Target);
                        break;
                    case "watch-twice":
                        Context.Watch(m.Target);
                        Context.Watch(m.Target);
                        break;
                    case "unwatch":
                        Context.Unwatch(m.Target);
                        break;
                    case "watchwith":
                        Context.WatchWith(m.Target, "custom:" + m.Target.Path.Name);
                        break;
                }

                Sender.Tell("ok", Self);
            });
            // A Terminated is wrapped: the probe never watched, so it would drop a bare one (as Akka does).
            ReceiveAny(m => probe.Tell(m is Terminated t ? new Reported(t) : m, Sender));
        }
    }

    private sealed record Reported(Terminated Terminated);

    private (IActorRef Watcher, TestProbe Probe) NewWatcher()
    {
        var probe = CreateTestProbe();
        return (Sys.ActorOf(Props.Create(() => new Watcher(probe.Ref))), probe);
    }

    private void Do(IActorRef watcher, string op, IActorRef target)
    {
        watcher.Tell((op, target));
        ExpectMsg("ok");
    }

    [Fact]
    public void Watch_ActorStops_DeliversExactlyOneTerminated()
    {
        var (watcher, probe) = NewWatcher();
        var target = Sys.ActorOf(Props.Create<Echo>());
        Do(watcher, "watch-twice", target);
        Sys.Stop(target);
        var terminated = probe.ExpectMsg<Reported>().Terminated;
        Assert.Equal(target, terminated.ActorRef);
        Assert.True(terminated.ExistenceConfirmed);
        Assert.False(terminated.AddressTerminated);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Watch_AlreadyDeadActor_DeliversTerminatedWithExistenceNotConfirmed()
    {
        var (watcher, probe) = NewWatcher();
        var target = Sys.ActorOf(Props.Create<Echo>());
        Watch(target);
        Sys.Stop(target);
        ExpectTerminated(target);
        Do(watcher, "watch", target);
        var terminated = probe.ExpectMsg<Reported>().Terminated;
        Assert.False(terminated.ExistenceConfirmed);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Watch_Nobody_DeliversTerminatedWithExistenceNotConfirmed()
    {
        var (watcher, probe) = NewWatcher();
        Do(watcher, "watch", ActorRefs.Nobody);
        Assert.False(probe.ExpectMsg<Reported>().Terminated.ExistenceConfirmed);
    }

    [Fact]
    public void Unwatch_BeforeStop_NoTerminated()
    {
        var (watcher, probe) = NewWatcher();
        var target = Sys.ActorOf(Props.Create<Echo>());
        Do(watcher, "watch", target);
        Do(watcher, "unwatch", target);
        Sys.Stop(target);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    private sealed class UnwatchAfterQueued : ReceiveActor
    {
        public UnwatchAfterQueued(IActorRef probe, IActorRef target)
        {
            Context.Watch(target);
            Receive<string>(s => s == "stop-then-wait", _ =>
            {
                Context.Stop(target);

                // Block until the notification has certainly been converted and queued.
                SpinWait.SpinUntil(() => ((IInternalActorRef)target).IsTerminated, TimeSpan.FromSeconds(3));
                Self.Tell("unwatch", Self);
            });
            Receive<string>(s => s == "unwatch", _ =>
            {
                Context.Unwatch(target);
                Self.Tell("done", Self);
            });
            Receive<string>(s => s == "done", _ => probe.Tell("done", Self));
            ReceiveAny(m => probe.Tell(m, Self));
        }
    }

    [Fact]
    public void Unwatch_AfterTerminatedQueued_DiscardsIt()
    {
        var probe = CreateTestProbe();
        var target = Sys.ActorOf(Props.Create<Echo>());
        var actor = Sys.ActorOf(Props.Create(() => new UnwatchAfterQueued(probe.Ref, target)));
        actor.Tell("stop-then-wait");
        probe.ExpectMsg("done");
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void WatchWith_ActorStops_DeliversCustomMessage()
    {
        var (watcher, probe) = NewWatcher();
        var target = Sys.ActorOf(Props.Create<Echo>(), "target1");
        Do(watcher, "watchwith", target);
        Sys.Stop(target);
        probe.ExpectMsg("custom:target1");
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    private sealed class Chatty : ReceiveActor
    {
        public Chatty(IActorRef to) => Receive<int>(n =>
        {
            for (var i = 0; i < n; i++)
            {
                to.Tell(i, Self);
            }

            Context.Stop(Self);
        });
    }

    [Fact]
    public void Terminated_ArrivesAfterAllPriorMessagesFromWatchee()
    {
        var (watcher, probe) = NewWatcher();
        var chatty = Sys.ActorOf(Props.Create(() => new Chatty(watcher)));
        Do(watcher, "watch", chatty);
        chatty.Tell(500);
        for (var i = 0; i < 500; i++)
        {
            probe.ExpectMsg(i);
        }

        probe.ExpectMsg<Reported>();
    }

    [Fact]
    public void ManuallySentTerminated_ForUnwatchedActor_IsIgnored()
    {
        var (watcher, probe) = NewWatcher();
        watcher.Tell(new Terminated(TestActor, true, false));
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    private sealed class StoppingWatcher : ReceiveActor
    {
        public StoppingWatcher(IActorRef target) => Context.Watch(target);
    }

    [Fact]
    public void Watcher_Stopping_UnwatchesEverything()
    {
        var target = Sys.ActorOf(Props.Create<Echo>());
        var watcher = Sys.ActorOf(Props.Create(() => new StoppingWatcher(target)));
        Watch(watcher);
        Sys.Stop(watcher);
        ExpectTerminated(watcher);
        var cell = ((LocalActorRef)target).Cell;
        AwaitAssert(() => Assert.False(HasWatcher(cell, watcher)));
    }

    private static bool HasWatcher(Cells.ActorCell cell, IActorRef watcher)
    {
        // WatchedBy is a private property over the cell's lazily allocated DeathWatchState.
        var property = typeof(Cells.ActorCell).GetProperty("WatchedBy", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        return property.GetValue(cell) is HashSet<IInternalActorRef> set && set.Contains(watcher);
    }

    /// <summary>A stand-in for a remote actor: no cell, an address with a host.</summary>
    private sealed class FakeRemoteRef(ActorPath path) : MinimalActorRef
    {
        public override ActorPath Path => path;

        public override ActorSystemImpl? System => null;

        public override bool IsLocal => false;

        public override void Tell(object message, IActorRef? sender)
        {
        }

        public override void SendSystemMessage(ISystemMessage message)
        {
        }
    }

    [Fact]
    public void AddressTerminated_Published_WatchersGetTerminatedWithAddressTerminatedFlag()
    {
        var (watcher, probe) = NewWatcher();
        var address = new Address("actorchat.tcp", "remote", "10.0.0.1", 2552);
        var remote = new FakeRemoteRef(ActorPath.RootOf(address).Child("user").Child("x").WithUid(42));
        Do(watcher, "watch", remote);
        var topic = ((ActorSystemImpl)Sys).AddressTerminatedTopic;
        AwaitCondition(() => topic.SubscriberCount > 0);
        topic.Publish(new AddressTerminated(address));
        var terminated = probe.ExpectMsg<Reported>().Terminated;
        Assert.Equal(remote, terminated.ActorRef);
        Assert.True(terminated.ExistenceConfirmed);
        Assert.True(terminated.AddressTerminated);
    }
}
