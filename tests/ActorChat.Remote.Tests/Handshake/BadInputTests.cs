using ActorChat.Actors;
using ActorChat.Remote.Handshake;
using ActorChat.Remote.Tests.Infrastructure;
using ActorChat.Remote.Transport;

namespace ActorChat.Remote.Tests.Handshake;

/// <summary>Every bad input closes or refuses with a logged reason and leaves other associations alone.</summary>
public sealed class BadInputTests : RemoteTestBase
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    public BadInputTests()
        : base("actorchat.remote.handshake-timeout = 1 s\nactorchat.remote.oversized-frame-limit = 3")
    {
    }

    [Theory]
    [InlineData("magic", "WrongMagic")]
    [InlineData("version", "WrongVersion")]
    [InlineData("system", "WrongSystem")]
    [InlineData("secret", "SecretMismatch")]
    [InlineData("type", "Malformed")]
    public async Task Handshake_BadHello_RefusedWithReasonAndClosed(string defect, string reason)
    {
        using var peer = await RawPeer.ConnectAsync(Remote);
        var hello = defect switch
        {
            "version" => RawPeer.Hello("A", major: 2),
            "system" => RawPeer.Hello("Z"),
            "secret" => RawPeer.Hello("A", secret: true),
            _ => RawPeer.Hello("A"),
        };
        if (defect == "magic")
        {
            hello[5] = (byte)'X';
        }
        else if (defect == "type")
        {
            hello[4] = (byte)PduType.User;
        }

        await peer.SendAsync(hello);
        var (received, closed) = await peer.ReadUntilClosedAsync(Wait);

        Assert.True(closed);
        Assert.Equal((byte)PduType.Refuse, received[4]);
        Assert.True(Logs.Has(3003, reason));
        await AssertOtherAssociationsWorkAsync();
    }

    [Fact]
    public async Task Handshake_SilentPeer_ClosedAfterHandshakeTimeout()
    {
        using var peer = await RawPeer.ConnectAsync(Remote);
        var (_, closed) = await peer.ReadUntilClosedAsync(Wait);

        Assert.True(closed);
        Assert.True(Logs.Has(3003, "Timeout"));
    }

    [Fact]
    public async Task Handshake_WrongSecretProof_Refused()
    {
        var (_, secretNode, logs) = StartNode("A", "actorchat.remote.secret = \"right\"");
        using var peer = await RawPeer.ConnectAsync(secretNode);
        await peer.SendAsync(RawPeer.Hello("A", secret: true));
        var hello = await peer.ReadFrameAsync(Wait);
        Assert.Equal((byte)PduType.Hello, hello[0]);

        await peer.SendAsync(HandshakeCodec.EncodeProof(new byte[HandshakeCodec.ProofLength]));
        var (_, closed) = await peer.ReadUntilClosedAsync(Wait);

        Assert.True(closed);
        Assert.True(logs.Has(3003, "WrongProof"));
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 0, 1 })]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 1 })]
    public async Task Frames_ImpossibleLength_ClosedAndLogged(byte[] bytes)
    {
        using var peer = await RawPeer.ConnectAsync(Remote);
        await peer.SendAsync(bytes);
        var (_, closed) = await peer.ReadUntilClosedAsync(Wait);

        Assert.True(closed);
        Assert.True(Logs.Has(3003, "invalid frame length"));
    }

    [Fact]
    public async Task Handshake_OversizedHelloFlood_Closed()
    {
        using var peer = await RawPeer.ConnectAsync(Remote);
        var flood = new byte[10_004];
        BitConverter.TryWriteBytes(flood, 10_000);
        await peer.SendAsync(flood);
        var (_, closed) = await peer.ReadUntilClosedAsync(Wait);

        Assert.True(closed);
        Assert.True(Logs.Has(3016));
    }

    [Fact]
    public async Task Frames_OversizedAfterHandshake_DroppedAndAssociationStays()
    {
        using var peer = await HandshakenPeerAsync();
        var oversized = new byte[4 + 200_000];
        BitConverter.TryWriteBytes(oversized, 200_000);
        await peer.SendAsync(oversized);
        await peer.SendAsync(PduCodec.Heartbeat());

        // Still open: the heartbeat after the skipped frame is answered.
        var answer = await peer.ReadFrameAsync(Wait);
        Assert.Equal((byte)PduType.HeartbeatResponse, answer[0]);
        Assert.True(Logs.Has(3005));
    }

    [Fact]
    public async Task Frames_FloodOfOversizedFrames_Closed()
    {
        using var peer = await HandshakenPeerAsync();
        var oversized = new byte[4 + 130_000];
        BitConverter.TryWriteBytes(oversized, 130_000);
        for (var i = 0; i < 5; i++)
        {
            await peer.SendAsync(oversized);
        }

        var (_, closed) = await peer.ReadUntilClosedAsync(Wait);
        Assert.True(closed);
        Assert.True(Logs.Has(3016));
        await AssertOtherAssociationsWorkAsync();
    }

    [Theory]
    [InlineData(new byte[] { 1, 0, 0, 0, 0x7F })]
    [InlineData(new byte[] { 3, 0, 0, 0, 0x10, 0x05, 0x61 })]
    [InlineData(new byte[] { 2, 0, 0, 0, 0x12, 0x01 })]
    public async Task Frames_MalformedPduAfterHandshake_ClosedAndLogged(byte[] frame)
    {
        using var peer = await HandshakenPeerAsync();
        await peer.SendAsync(frame);
        var (_, closed) = await peer.ReadUntilClosedAsync(Wait);

        Assert.True(closed);
        Assert.True(Logs.Has(3009));
        await AssertOtherAssociationsWorkAsync();
    }

    private async Task<RawPeer> HandshakenPeerAsync()
    {
        var peer = await RawPeer.ConnectAsync(Remote);
        await peer.SendAsync(RawPeer.Hello("A"));
        var hello = await peer.ReadFrameAsync(Wait);
        Assert.Equal((byte)PduType.Hello, hello[0]);
        return peer;
    }

    private async Task AssertOtherAssociationsWorkAsync()
    {
        var (b, remoteB, _) = StartNode("B");
        b.ActorOf(Props.Create<Echo>(), "echo");
        Assert.Equal("still fine", await RemoteRef(remoteB, "/user/echo").Ask<string>("still fine", Wait));
    }
}
