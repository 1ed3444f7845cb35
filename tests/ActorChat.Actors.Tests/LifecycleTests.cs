using ActorChat.TestKit;

namespace ActorChat.Actors.Tests;

public sealed class LifecycleTests : ActorChat.TestKit.TestKit
{
    /// <summary>Reports every hook (with an instance id) to the probe.</summary>
    private sealed class Recorder : ReceiveActor
    {
        private static int s_instances;
        private readonly IActorRef _probe;
        private readonly int _id = Interlocked.Increment(ref s_instances);

        public Recorder(IActorRef probe)
        {
            _probe = probe;
            _probe.Tell("ctor", ActorRefs.NoSender);
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("boom"));
            Receive<string>(s => Sender.Tell(s + "@" + _id, Self));
        }

        protected override void PreStart() => _probe.Tell("preStart", ActorRefs.NoSender);

        protected override void PostStop() => _probe.Tell("postStop", ActorRefs.NoSender);

        protected override void PreRestart(Exception reason, object? message)
        {
            _probe.Tell("preRestart:" + message, ActorRefs.NoSender);
            base.PreRestart(reason, message);
        }

        protected override void PostRestart(Exception reason)
        {
            _probe.Tell("postRestart:" + reason.Message, ActorRefs.NoSender);
            base.PostRestart(reason);
        }
    }

    [Fact]
    public void Lifecycle_StartAndStop_CallsPreStartThenPostStop()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Recorder(probe.Ref)));
        probe.ExpectMsg("ctor");
        probe.ExpectMsg("preStart");
        Sys.Stop(actor);
        probe.ExpectMsg("postStop");
    }

    [Fact]
    public void Lifecycle_Restart_RunsHooksInAkkaOrder()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Recorder(probe.Ref)));
        probe.ExpectMsg("ctor");
        probe.ExpectMsg("preStart");

        actor.Tell("fail");
        probe.ExpectMsg("preRestart:fail");
        probe.ExpectMsg("postStop");
        probe.ExpectMsg("ctor");
        probe.ExpectMsg("postRestart:boom");
        probe.ExpectMsg("preStart");
    }

    [Fact]
    public void Restart_FailingMessage_IsNotReprocessed()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Recorder(probe.Ref)));
        actor.Tell("fail");
        actor.Tell("after");
        var reply = ExpectMsg<string>();
        Assert.StartsWith("after@", reply, StringComparison.Ordinal);
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Restart_KeepsMailbox_QueuedMessagesAreProcessedByNewInstance()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Recorder(probe.Ref)));
        actor.Tell("a");
        var first = ExpectMsg<string>();
        actor.Tell("fail");
        actor.Tell("b");
        actor.Tell("c");
        var second = ExpectMsg<string>();
        var third = ExpectMsg<string>();
        Assert.NotEqual(first.Split('@')[1], second.Split('@')[1]);
        Assert.Equal("b", second.Split('@')[0]);
        Assert.Equal("c", third.Split('@')[0]);
    }

    private sealed class Parent : ReceiveActor
    {
        public Parent(IActorRef probe)
        {
            Receive<string>(s => s == "spawn", _ => Sender.Tell(Context.ActorOf(Props.Create(() => new Child(probe)), "child"), Self));
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("parent failed"));
        }

        protected override void PostStop() => Context.Child("child").Tell("parent-poststop-sees-child", ActorRefs.NoSender);
    }

    private sealed class Child : ReceiveActor
    {
        private readonly IActorRef _probe;

        public Child(IActorRef probe)
        {
            _probe = probe;
            ReceiveAny(m => probe.Tell(m, Self));
        }

        protected override void PostStop() => _probe.Tell("child-stopped", ActorRefs.NoSender);
    }

    [Fact]
    public void Stop_Parent_StopsChildrenBeforeParentPostStop()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Parent(probe.Ref)));
        parent.Tell("spawn");
        var child = ExpectMsg<IActorRef>();
        Watch(child);
        Watch(parent);
        Sys.Stop(parent);
        probe.ExpectMsg("child-stopped");
        ExpectTerminated(child);
        ExpectTerminated(parent);

        // In the parent's PostStop the child is already gone (Child returned Nobody).
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Restart_DefaultPreRestart_StopsChildren()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Parent(probe.Ref)));
        parent.Tell("spawn");
        var child = ExpectMsg<IActorRef>();
        Watch(child);
        parent.Tell("fail");
        probe.ExpectMsg("child-stopped");
        ExpectTerminated(child);

        // The name is free again after the restart completed.
        parent.Tell("spawn");
        var newChild = ExpectMsg<IActorRef>();
        Assert.NotEqual(child, newChild);
        Assert.Equal(child.Path, newChild.Path);
    }

    private sealed class DisposableActor(IActorRef probe) : ReceiveActor, IDisposable
    {
        public void Dispose() => probe.Tell("disposed", ActorRefs.NoSender);
    }

    [Fact]
    public void Stop_DisposableActor_IsDisposed()
    {
        var actor = Sys.ActorOf(Props.Create(() => new DisposableActor(TestActor)));
        Sys.Stop(actor);
        ExpectMsg("disposed");
    }
}
