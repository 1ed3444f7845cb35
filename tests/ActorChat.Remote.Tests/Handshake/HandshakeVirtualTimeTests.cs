using ActorChat.Remote.Tests.Infrastructure;

namespace ActorChat.Remote.Tests.Handshake;

/// <summary>Handshake (and connect) timeouts run on the system's TimeProvider, like the failure detector.</summary>
public sealed class HandshakeVirtualTimeTests : RemoteTestBase
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly ManualTimeProvider _time;

    public HandshakeVirtualTimeTests()
        : this(new ManualTimeProvider())
    {
    }

    private HandshakeVirtualTimeTests(ManualTimeProvider time)
        : base("actorchat.remote.handshake-timeout = 30 s", time) => _time = time;

    [Fact]
    public async Task Handshake_SilentPeer_ClosedWhenVirtualHandshakeTimeoutPasses()
    {
        var armed = _time.PendingTimers;
        using var peer = await RawPeer.ConnectAsync(Remote);

        // The node arms the handshake timeout once it has accepted; only then does advancing mean anything.
        AwaitAssert(() => Assert.True(_time.PendingTimers > armed), Wait);
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(Logs.Has(3003, "Timeout"));

        _time.Advance(TimeSpan.FromSeconds(2));
        var (_, closed) = await peer.ReadUntilClosedAsync(Wait);

        Assert.True(closed);
        Assert.True(Logs.Has(3003, "Timeout"));
    }
}
