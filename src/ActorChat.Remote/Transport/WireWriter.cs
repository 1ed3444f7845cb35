using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace ActorChat.Remote.Transport;

/// <summary>
/// A growable pooled byte buffer for encoding PDUs (also an <see cref="IBufferWriter{T}"/> so JSON
/// can be written straight into it). Owned by one writer at a time.
/// </summary>
internal sealed class WireWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer;
    private int _position;

    public WireWriter(int initialSize = 4096) => _buffer = ArrayPool<byte>.Shared.Rent(initialSize);

    public int Length => _position;

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _position);

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _position);

    public void Reset() => _position = 0;

    /// <summary>Drops everything written after <paramref name="position"/> (a failed or oversized message).</summary>
    public void Truncate(int position) => _position = position;

    public void Advance(int count) => _position += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_position);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_position);
    }

    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_position++] = value;
    }

    public void WriteBool(bool value) => WriteByte(value ? (byte)1 : (byte)0);

    public void WriteInt64(long value)
    {
        Ensure(8);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_position), value);
        _position += 8;
    }

    public void WriteInt32(int value)
    {
        Ensure(4);
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_position), value);
        _position += 4;
    }

    public void WriteDouble(double value) => WriteInt64(BitConverter.DoubleToInt64Bits(value));

    public void WriteVarUInt(uint value)
    {
        Ensure(5);
        while (value >= 0x80)
        {
            _buffer[_position++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[_position++] = (byte)value;
    }

    public void WriteString(string? value)
    {
        value ??= "";
        var count = Encoding.UTF8.GetByteCount(value);
        WriteVarUInt((uint)count);
        Ensure(count);
        _position += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_position));
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteVarUInt((uint)value.Length);
        WriteRaw(value);
    }

    public void WriteRaw(ReadOnlySpan<byte> value)
    {
        Ensure(value.Length);
        value.CopyTo(_buffer.AsSpan(_position));
        _position += value.Length;
    }

    /// <summary>Reserves a 4-byte little-endian length; returns its position for <see cref="PatchLength"/>.</summary>
    public int ReserveLength()
    {
        Ensure(4);
        var at = _position;
        _position += 4;
        return at;
    }

    /// <summary>Writes the number of bytes after the reserved slot into it; returns that number.</summary>
    public int PatchLength(int at)
    {
        var length = _position - at - 4;
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(at), length);
        return length;
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Ensure(int size)
    {
        if (_buffer.Length - _position >= size)
        {
            return;
        }

        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _position + size));
        _buffer.AsSpan(0, _position).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
