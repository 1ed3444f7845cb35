using ActorChat.Remote.Handshake;
using ActorChat.Remote.Tests.Infrastructure;
using ActorChat.Remote.Transport;

namespace ActorChat.Remote.Tests.Transport;

/// <summary>Random and mutated frames: the decoders return values, never throw, never over-read.</summary>
public sealed class FrameDecoderFuzzTests
{
    [Fact]
    public void Decode_RandomBytes_NeverThrows()
    {
        var random = new Random(1234);
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = new byte[random.Next(0, 64)];
            random.NextBytes(bytes);
            var status = FrameDecoder.TryDecode(bytes, 32000, out var length);
            if (status == FrameStatus.Complete)
            {
                Assert.InRange(length, 1, bytes.Length - 4);
            }

            Parse(bytes);
        }
    }

    [Fact]
    public void Decode_MutatedValidFrames_NeverThrows()
    {
        var random = new Random(99);
        byte[][] seeds =
        [
            RawPeer.Hello("A"),
            PduCodec.Ack(7),
            PduCodec.Heartbeat(),
            PduCodec.HeartbeatResponse(5),
            HandshakeCodec.EncodeRefuse(RefuseReason.WrongSystem, "x"),
            [12, 0, 0, 0, 0x10, 1, 0x61, 0, 3, 1, 0x73, 1, 0, 0, 0, 0x62],
        ];
        for (var i = 0; i < 20_000; i++)
        {
            var frame = (byte[])seeds[random.Next(seeds.Length)].Clone();
            var mutations = random.Next(1, 4);
            for (var m = 0; m < mutations; m++)
            {
                frame[random.Next(frame.Length)] = (byte)random.Next(256);
            }

            var cut = random.Next(2) == 0 ? frame : frame[..random.Next(frame.Length)];
            if (FrameDecoder.TryDecode(cut, 32000, out var length) == FrameStatus.Complete)
            {
                Parse(cut.AsSpan(4, length).ToArray());
            }
        }
    }

    [Fact]
    public void Decode_SplitAnywhere_IncompleteUntilWhole()
    {
        var frame = PduCodec.HeartbeatResponse(77);
        for (var cut = 0; cut < frame.Length; cut++)
        {
            Assert.Equal(FrameStatus.Incomplete, FrameDecoder.TryDecode(frame.AsSpan(0, cut), 32000, out _));
        }

        Assert.Equal(FrameStatus.Complete, FrameDecoder.TryDecode(frame, 32000, out var length));
        Assert.Equal(frame.Length - 4, length);
    }

    [Fact]
    public void Decode_LengthBeyondMaximum_IsTooLongNotMalformed()
    {
        byte[] prefix = [0x00, 0x00, 0x01, 0x00];
        Assert.Equal(FrameStatus.TooLong, FrameDecoder.TryDecode(prefix, 32000, out var length));
        Assert.Equal(65536, length);
    }

    private static void Parse(byte[] payload)
    {
        HandshakeCodec.DecodeHello(payload);
        HandshakeCodec.DecodeProof(payload);
        var r = new WireReader(payload);
        if (r.TryReadByte(out _))
        {
            MessageFrameCodec.TryReadBody(ref r, out _);
        }
    }
}
