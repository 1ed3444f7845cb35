using ActorChat.Actors;
using ActorChat.Actors.Shutdown;
using ActorChat.Remote.Tests.Infrastructure;

namespace ActorChat.Remote.Tests;

public sealed class ShutdownTests : RemoteTestBase
{
    private const int Count = 2000;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task CoordinatedShutdown_NodeWithQueuedMessages_MessagesThenDeathNotificationThenGoodbyeArrive()
    {
        var (b, remoteB, _) = StartNode("B");
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Sys.ActorOf(Props.Create(() => new Counter(Count, done)), "counter");
        b.ActorOf(Props.Create<Echo>(), "echo");
        var echo = await Sys.ActorSelection(remoteB.Address + "/user/echo").ResolveOne(Wait);
        Watch(echo);
        Assert.Equal("sync", await echo.Ask<string>("sync", Wait));

        var counterOnB = remoteB.ResolveActorRef(Remote.Address + "/user/counter");
        for (var i = 0; i < Count; i++)
        {
            counterOnB.Tell(i, null);
        }

        await CoordinatedShutdown.Get(b).Run(UnknownReason.Instance).WaitAsync(Wait);

        await done.Task.WaitAsync(Wait);
        var terminated = ExpectMsg<Terminated>(Wait);
        Assert.Equal(echo, terminated.ActorRef);
        Assert.False(terminated.AddressTerminated);
        AwaitAssert(() => Assert.True(Logs.Has(3023)), Wait);
    }

    /// <summary>Completes <c>done</c> once it got 0..count-1 in order.</summary>
    private sealed class Counter(int count, TaskCompletionSource done) : UntypedActor
    {
        private int _next;

        protected override void OnReceive(object message)
        {
            if (message is int i && i == _next && ++_next == count)
            {
                done.TrySetResult();
            }
        }
    }
}
