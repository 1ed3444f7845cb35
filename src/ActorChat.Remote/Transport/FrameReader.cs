using System.Buffers;

namespace ActorChat.Remote.Transport;

/// <summary>
/// Reads frames from a stream into one pooled buffer. Many frames arrive per read under load; each is
/// handed out as a slice that stays valid until the next <see cref="FillAsync"/>. Oversized frames are
/// skipped without buffering them.
/// </summary>
internal sealed class FrameReader : IDisposable
{
    private readonly Stream _stream;
    private readonly int _maximumFrameSize;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _skip;

    public FrameReader(Stream stream, int maximumFrameSize)
    {
        _stream = stream;
        _maximumFrameSize = maximumFrameSize;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(64 * 1024, maximumFrameSize + FrameDecoder.PrefixLength));
    }

    public long BytesRead { get; private set; }

    /// <summary>Next buffered frame. For <see cref="FrameStatus.TooLong"/>, <paramref name="length"/> is the declared size.</summary>
    public FrameStatus TryRead(out ReadOnlyMemory<byte> payload, out int length)
    {
        payload = default;
        length = 0;
        if (_skip > 0)
        {
            var n = (int)Math.Min(_skip, _end - _start);
            _start += n;
            _skip -= n;
            if (_skip > 0)
            {
                return FrameStatus.Incomplete;
            }
        }

        var status = FrameDecoder.TryDecode(_buffer.AsSpan(_start, _end - _start), _maximumFrameSize, out length);
        switch (status)
        {
            case FrameStatus.Complete:
                payload = new ReadOnlyMemory<byte>(_buffer, _start + FrameDecoder.PrefixLength, length);
                _start += FrameDecoder.PrefixLength + length;
                break;
            case FrameStatus.TooLong:
                _start += FrameDecoder.PrefixLength;
                _skip = length;
                break;
        }

        return status;
    }

    /// <summary>Reads more bytes; false at end of stream.</summary>
    public async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start == _end)
        {
            _start = _end = 0;
        }
        else if (_end == _buffer.Length || _start > _buffer.Length / 2)
        {
            // Keep the partial frame at the front; a frame never exceeds the buffer (max + prefix).
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            return false;
        }

        _end += read;
        BytesRead += read;
        return true;
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
