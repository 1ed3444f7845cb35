using ActorChat.Actors;
using ActorChat.TestKit.Internal;
using Xunit;

namespace ActorChat.TestKit;

/// <summary>Creating, watching and probing actors.</summary>
public abstract partial class TestKitBase
{
    public IActorRef ActorOf(Props props, string? name = null) => Sys.ActorOf(props, name);

    public IActorRef ActorOf<TActor>(string? name = null)
        where TActor : ActorBase =>
        Sys.ActorOf(Props.Create<TActor>(), name);

    public ActorSelection ActorSelection(string path) => Sys.ActorSelection(path);

    /// <summary>Makes the TestActor watch <paramref name="actor"/>; returns once the watch is registered.</summary>
    public IActorRef Watch(IActorRef actor)
    {
        SendWatchRequest(actor, watch: true);
        return actor;
    }

    public IActorRef Unwatch(IActorRef actor)
    {
        SendWatchRequest(actor, watch: false);
        return actor;
    }

    /// <summary>A new probe sharing this system.</summary>
    public TestProbe CreateTestProbe(string? name = null) => new(Sys, TestKitSettings, name);

    private void SendWatchRequest(IActorRef actor, bool watch)
    {
        ArgumentNullException.ThrowIfNull(actor);
        using var done = new ManualResetEventSlim(false);
        TestActor.Tell(new WatchRequest(actor, watch, done), ActorRefs.NoSender);
        if (!done.Wait(Dilated(TestKitSettings.DefaultTimeout)))
        {
            Assert.Fail($"The TestActor did not acknowledge {(watch ? "Watch" : "Unwatch")}({actor}) in time");
        }
    }
}
