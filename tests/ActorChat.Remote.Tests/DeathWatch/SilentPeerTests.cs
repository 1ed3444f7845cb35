using ActorChat.Actors;
using ActorChat.Remote.Tests.Infrastructure;

namespace ActorChat.Remote.Tests.DeathWatch;

/// <summary>The failure detector runs on A's virtual clock: a frozen peer is declared dead by advancing time.</summary>
public sealed class SilentPeerTests : RemoteTestBase
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly ManualTimeProvider _time;

    public SilentPeerTests()
        : this(new ManualTimeProvider())
    {
    }

    private SilentPeerTests(ManualTimeProvider time)
        : base(DefaultDetector, time) => _time = time;

    private const string DefaultDetector = """
        actorchat.remote.watch-failure-detector {
          heartbeat-interval = 1 s
          acceptable-heartbeat-pause = 10 s
          min-std-deviation = 100 ms
          unreachable-nodes-reaper-interval = 1 s
          expected-response-after = 1 s
        }
        """;

    [Fact]
    public async Task Watch_PeerGoesSilent_FailureDetectorDeliversAddressTerminatedAfterPause()
    {
        var (b, remoteB, _) = StartNode("B");
        b.ActorOf(Props.Create<Echo>(), "echo");
        var echo = Remote.ResolveActorRef(remoteB.Address + "/user/echo");
        Assert.Equal("up", await echo.Ask<string>("up", Wait));
        Watch(echo);

        // A few answered heartbeats build the detector's history.
        for (var i = 0; i < 5; i++)
        {
            var before = Remote.GetAssociations().Single().MessagesIn;
            _time.Advance(TimeSpan.FromSeconds(1));
            AwaitAssert(() => Assert.True(Remote.GetAssociations().Single().MessagesIn > before), Wait);
        }

        remoteB.BlackHole();
        for (var i = 0; i < 9; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        ExpectNoMsg(TimeSpan.FromMilliseconds(200));
        for (var i = 0; i < 6; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var terminated = ExpectMsg<Terminated>(Wait);
        Assert.True(terminated.AddressTerminated);
        Assert.Equal(echo, terminated.ActorRef);
    }
}
