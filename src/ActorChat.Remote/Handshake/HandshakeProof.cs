using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ActorChat.Remote.Handshake;

/// <summary>
/// HMAC-SHA256 keyed with the shared secret over a label, the prover's role, both nonces and the
/// prover's UID. Fresh nonces on both sides make a recorded proof useless; the role byte keeps one
/// side's proof from being reflected back as the other's.
/// </summary>
internal static class HandshakeProof
{
    public static byte[] Compute(string secret, bool proverIsConnector, ReadOnlySpan<byte> connectorNonce, ReadOnlySpan<byte> acceptorNonce, long proverUid)
    {
        Span<byte> data = stackalloc byte[24 + 1 + (2 * HandshakeCodec.NonceLength) + 8];
        "actorchat-remote-proof-v1"u8[..24].CopyTo(data);
        data[24] = proverIsConnector ? (byte)0 : (byte)1;
        connectorNonce.CopyTo(data[25..]);
        acceptorNonce.CopyTo(data[(25 + HandshakeCodec.NonceLength)..]);
        BinaryPrimitives.WriteInt64LittleEndian(data[(25 + (2 * HandshakeCodec.NonceLength))..], proverUid);
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), data);
    }

    public static bool Verify(byte[] expected, byte[] actual) => CryptographicOperations.FixedTimeEquals(expected, actual);
}
