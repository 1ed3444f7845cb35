using System.Buffers.Text;

namespace ActorChat.LoadGen.Protocols;

/// <summary>
/// The text of every measured message: <c>TICKS SEQ xxxx…</c>. TICKS is the
/// <see cref="System.Diagnostics.Stopwatch"/> timestamp the message was due to be sent, so the
/// receiver computes latency from the text alone; SEQ tells warm-up messages from measured ones;
/// the x padding brings the text to the requested payload size. Digits and x only, so the server's
/// trimming and line parsing never change it.
/// </summary>
internal static class MessageText
{
    /// <summary>Longest text: 19-digit ticks, space, 19-digit seq, space, padding up to 400 bytes.</summary>
    public const int MaxLength = 440;

    private static readonly byte[] Padding = CreatePadding();

    /// <summary>Writes the text into <paramref name="destination"/> (≥ <see cref="MaxLength"/> bytes); returns its length.</summary>
    public static int Write(Span<byte> destination, long ticks, long seq, int payloadBytes)
    {
        Utf8Formatter.TryFormat(ticks, destination, out var length);
        destination[length++] = (byte)' ';
        Utf8Formatter.TryFormat(seq, destination[length..], out var seqLength);
        length += seqLength;
        if (length + 1 < payloadBytes)
        {
            destination[length++] = (byte)' ';
            var pad = payloadBytes - length;
            Padding.AsSpan(0, pad).CopyTo(destination[length..]);
            length += pad;
        }

        return length;
    }

    /// <summary>Reads TICKS and SEQ back; false for any text this generator did not write.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out long ticks, out long seq)
    {
        seq = 0;
        if (!Utf8Parser.TryParse(text, out ticks, out var used) || used >= text.Length || text[used] != (byte)' ')
        {
            return false;
        }

        var rest = text[(used + 1)..];
        return Utf8Parser.TryParse(rest, out seq, out used) && (used == rest.Length || rest[used] == (byte)' ');
    }

    private static byte[] CreatePadding()
    {
        var padding = new byte[MaxLength];
        padding.AsSpan().Fill((byte)'x');
        return padding;
    }
}
