using System.Buffers.Binary;
using System.Text;

namespace ActorChat.Remote.Transport;

/// <summary>
/// Reads fields of a PDU. Every method reports truncation or nonsense as false (never throws), so a
/// hostile frame becomes a <c>Malformed</c> value, not an exception.
/// </summary>
internal ref struct WireReader(ReadOnlySpan<byte> data)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public readonly int Remaining => _data.Length - _position;

    public bool TryReadByte(out byte value)
    {
        value = 0;
        if (Remaining < 1)
        {
            return false;
        }

        value = _data[_position++];
        return true;
    }

    public bool TryReadBool(out bool value)
    {
        value = false;
        if (!TryReadByte(out var b) || b > 1)
        {
            return false;
        }

        value = b == 1;
        return true;
    }

    public bool TryReadInt64(out long value)
    {
        value = 0;
        if (Remaining < 8)
        {
            return false;
        }

        value = BinaryPrimitives.ReadInt64LittleEndian(_data[_position..]);
        _position += 8;
        return true;
    }

    public bool TryReadInt32(out int value)
    {
        value = 0;
        if (Remaining < 4)
        {
            return false;
        }

        value = BinaryPrimitives.ReadInt32LittleEndian(_data[_position..]);
        _position += 4;
        return true;
    }

    public bool TryReadDouble(out double value)
    {
        var ok = TryReadInt64(out var bits);
        value = BitConverter.Int64BitsToDouble(bits);
        return ok;
    }

    public bool TryReadVarUInt(out uint value)
    {
        value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (!TryReadByte(out var b))
            {
                return false;
            }

            value |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return shift < 28 || b <= 0x0F;
            }
        }

        return false;
    }

    public bool TryReadSpan(int length, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (length < 0 || Remaining < length)
        {
            return false;
        }

        value = _data.Slice(_position, length);
        _position += length;
        return true;
    }

    public bool TryReadBytes(out ReadOnlySpan<byte> value)
    {
        value = default;
        return TryReadVarUInt(out var length) && length <= int.MaxValue && TryReadSpan((int)length, out value);
    }

    public bool TryReadString(out string value)
    {
        value = "";
        if (!TryReadBytes(out var bytes))
        {
            return false;
        }

        try
        {
            value = bytes.IsEmpty ? "" : StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
