using System.Buffers;
using System.Text;

namespace ActorChat.Chat.Protocol;

/// <summary>
/// Turns a byte stream into validated lines with a buffer of at least max-line-length + 2 bytes (room
/// for a longest line and its "\r\n"). An oversized line is reported once and then skipped byte by byte until the
/// next '\n' — it is never buffered — so the connection resynchronises and stays usable. The buffer is
/// pooled and held only while it holds bytes (<see cref="ReleaseIfEmpty"/>), so thousands of idle
/// connections hold no receive memory.
/// </summary>
internal sealed class LineFramer
{
    private readonly int _maxLineLength;
    private byte[]? _buffer;
    private int _start;
    private int _end;
    private bool _discarding;

    public LineFramer(int maxLineLength)
    {
        _maxLineLength = maxLineLength;
    }

    /// <summary>Part of a line is waiting for the rest.</summary>
    public bool HasBufferedBytes => _end > _start;

    /// <summary>Gives the buffer back to the pool when no partial line is in it.</summary>
    public void ReleaseIfEmpty()
    {
        if (_buffer is not null && _end == _start)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
            _start = _end = 0;
        }
    }

    /// <summary>Free space to read into (compacts first). Never empty while the framer is usable.</summary>
    public Memory<byte> WritableMemory()
    {
        _buffer ??= ArrayPool<byte>.Shared.Rent(_maxLineLength + 2);
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        return _buffer.AsMemory(_end);
    }

    /// <summary>Records <paramref name="count"/> bytes written into <see cref="WritableMemory"/>.</summary>
    public void Advance(int count) => _end += count;

    /// <summary>Returns the next frame, or false when more bytes are needed.</summary>
    public bool TryRead(out Frame frame)
    {
        while (true)
        {
            if (_buffer is null)
            {
                frame = default;
                return false;
            }

            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending.IndexOf((byte)'\n');
            if (_discarding)
            {
                if (newline < 0)
                {
                    // Still inside the oversized line: drop everything read so far.
                    _start = _end = 0;
                    frame = default;
                    return false;
                }

                _start += newline + 1;
                _discarding = false;
                continue;
            }

            if (newline < 0)
            {
                if (pending.Length == _buffer.Length)
                {
                    // A full buffer without a newline: the line is too long. Report it now, skip the rest.
                    _discarding = true;
                    _start = _end = 0;
                    frame = new Frame(FrameKind.TooLong, null);
                    return true;
                }

                frame = default;
                return false;
            }

            var line = pending[..newline];
            _start += newline + 1;
            if (line.Length > 0 && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.Length > _maxLineLength)
            {
                frame = new Frame(FrameKind.TooLong, null);
                return true;
            }

            frame = System.Text.Unicode.Utf8.IsValid(line)
                ? new Frame(FrameKind.Line, Encoding.UTF8.GetString(line))
                : new Frame(FrameKind.InvalidUtf8, null);
            return true;
        }
    }
}
