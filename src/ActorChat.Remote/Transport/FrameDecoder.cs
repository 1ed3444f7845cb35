using System.Buffers.Binary;

namespace ActorChat.Remote.Transport;

/// <summary>
/// Frames are a 4-byte little-endian length followed by that many payload bytes (the PDU). Pure and
/// allocation-free, so it can be fuzzed directly.
/// </summary>
internal static class FrameDecoder
{
    public const int PrefixLength = 4;

    /// <summary>No sane peer declares more; such a prefix means a broken or hostile stream.</summary>
    public const int AbsoluteMaximum = 1 << 30;

    /// <summary>Looks at the start of <paramref name="buffer"/>; <paramref name="length"/> is the declared payload length.</summary>
    public static FrameStatus TryDecode(ReadOnlySpan<byte> buffer, int maximumFrameSize, out int length)
    {
        length = 0;
        if (buffer.Length < PrefixLength)
        {
            return FrameStatus.Incomplete;
        }

        var declared = BinaryPrimitives.ReadUInt32LittleEndian(buffer);
        if (declared == 0 || declared > AbsoluteMaximum)
        {
            return FrameStatus.Malformed;
        }

        length = (int)declared;
        if (length > maximumFrameSize)
        {
            return FrameStatus.TooLong;
        }

        return buffer.Length - PrefixLength < length ? FrameStatus.Incomplete : FrameStatus.Complete;
    }
}
