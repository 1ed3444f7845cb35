namespace ActorChat.LoadGen.Clients;

/// <summary>
/// Cuts a TCP byte stream into lines. Lines wholly inside one read are handed out as slices of the
/// read buffer (no copy); only a line split across reads is copied into a carry buffer, allocated on
/// the first split, so an idle client holds no buffer at all.
/// </summary>
internal sealed class LineAssembler
{
    /// <summary>Longest line kept; a longer one is dropped up to its newline (servers send ≤ 4 KiB).</summary>
    public const int MaxLineLength = 64 * 1024;

    private byte[]? _carry;
    private int _carryLength;
    private bool _discarding;

    /// <summary>Bytes of an unfinished line waiting for the next read.</summary>
    public int Pending => _carryLength;

    public void Feed(ReadOnlySpan<byte> chunk, ILineSink sink)
    {
        if (_carryLength > 0 || _discarding)
        {
            var newline = chunk.IndexOf((byte)'\n');
            if (newline < 0)
            {
                Carry(chunk, sink);
                return;
            }

            Carry(chunk[..newline], sink);
            if (!_discarding)
            {
                sink.OnLine(TrimCarriageReturn(_carry.AsSpan(0, _carryLength)));
            }

            _carryLength = 0;
            _discarding = false;
            chunk = chunk[(newline + 1)..];
        }

        while (true)
        {
            var newline = chunk.IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            sink.OnLine(TrimCarriageReturn(chunk[..newline]));
            chunk = chunk[(newline + 1)..];
        }

        if (!chunk.IsEmpty)
        {
            Carry(chunk, sink);
        }
    }

    private void Carry(ReadOnlySpan<byte> part, ILineSink sink)
    {
        if (_discarding)
        {
            return;
        }

        if (_carryLength + part.Length > MaxLineLength)
        {
            _discarding = true;
            _carryLength = 0;
            sink.OnLineTooLong();
            return;
        }

        if (_carry is null || _carry.Length < _carryLength + part.Length)
        {
            Array.Resize(ref _carry, Math.Max(256, Math.Max(_carryLength + part.Length, (_carry?.Length ?? 0) * 2)));
        }

        part.CopyTo(_carry.AsSpan(_carryLength));
        _carryLength += part.Length;
    }

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
}
