using ActorChat.Actors;
using ActorChat.Remote.Transport;

namespace ActorChat.Remote.Handshake;

/// <summary>Encodes and strictly decodes the handshake PDUs.</summary>
internal static class HandshakeCodec
{
    public const byte Major = 1;
    public const byte Minor = 0;
    public const int NonceLength = 32;
    public const int ProofLength = 32;

    /// <summary>Handshake frames are small; a bigger one is refused as flooding.</summary>
    public const int MaximumHandshakeFrame = 2048;

    /// <summary>"ACRM": ActorChat ReMoting.</summary>
    public static ReadOnlySpan<byte> Magic => "ACRM"u8;

    public static byte[] EncodeHello(HelloPdu hello) => PduCodec.Frame(w =>
    {
        w.WriteByte((byte)PduType.Hello);
        w.WriteRaw(Magic);
        w.WriteByte(hello.Major);
        w.WriteByte(hello.Minor);
        w.WriteBool(hello.SecretRequired);
        w.WriteInt64(hello.Uid);
        w.WriteString(hello.From.ToString());
        w.WriteString(hello.ToSystem);
        w.WriteRaw(hello.Nonce);
    });

    public static byte[] EncodeProof(ReadOnlySpan<byte> proof)
    {
        var copy = proof.ToArray();
        return PduCodec.Frame(w =>
        {
            w.WriteByte((byte)PduType.Proof);
            w.WriteRaw(copy);
        });
    }

    public static byte[] EncodeRefuse(RefuseReason reason, string text) => PduCodec.Frame(w =>
    {
        w.WriteByte((byte)PduType.Refuse);
        w.WriteByte((byte)reason);
        w.WriteString(text);
    });

    /// <summary>A Hello, or the reason it is not acceptable (magic and version checked here).</summary>
    public static (HelloPdu? Hello, RefuseReason Reason, string Detail) DecodeHello(ReadOnlySpan<byte> payload)
    {
        var r = new WireReader(payload);
        if (!r.TryReadByte(out var type))
        {
            return (null, RefuseReason.Malformed, "empty frame");
        }

        if (type == (byte)PduType.Refuse)
        {
            return (null, r.TryReadByte(out var code) && r.TryReadString(out var text)
                ? (RefuseReason)code
                : RefuseReason.Malformed, "peer refused" + (r.Remaining == 0 ? "" : " (malformed refusal)"));
        }

        if (type != (byte)PduType.Hello)
        {
            return (null, RefuseReason.Malformed, $"expected Hello, got PDU type 0x{type:X2}");
        }

        if (!r.TryReadSpan(4, out var magic) || !magic.SequenceEqual(Magic))
        {
            return (null, RefuseReason.WrongMagic, "wrong magic bytes");
        }

        if (!r.TryReadByte(out var major) || !r.TryReadByte(out var minor))
        {
            return (null, RefuseReason.Malformed, "truncated version");
        }

        // Minor versions only add optional things; a different major is incompatible.
        if (major != Major)
        {
            return (null, RefuseReason.WrongVersion, $"protocol {major}.{minor}, expected {Major}.x");
        }

        if (!r.TryReadBool(out var secret) || !r.TryReadInt64(out var uid) || !r.TryReadString(out var from) ||
            !r.TryReadString(out var toSystem) || !r.TryReadSpan(NonceLength, out var nonce) || r.Remaining != 0)
        {
            return (null, RefuseReason.Malformed, "truncated or over-long Hello");
        }

        if (uid == 0 || !Address.TryParse(from, out var address, out var rest) || !rest.IsEmpty ||
            address.Protocol != Remoting.Protocol || address.Host is null || address.Port is null)
        {
            return (null, RefuseReason.Malformed, "invalid UID or origin address");
        }

        return (new HelloPdu(major, minor, secret, uid, address, toSystem, nonce.ToArray()), default, "");
    }

    /// <summary>The proof bytes, or null when the frame is not a well-formed Proof.</summary>
    public static byte[]? DecodeProof(ReadOnlySpan<byte> payload)
    {
        var r = new WireReader(payload);
        return r.TryReadByte(out var type) && type == (byte)PduType.Proof && r.TryReadSpan(ProofLength, out var proof) && r.Remaining == 0
            ? proof.ToArray()
            : null;
    }
}
