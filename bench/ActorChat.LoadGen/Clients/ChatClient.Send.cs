using System.Net.Sockets;

namespace ActorChat.LoadGen.Clients;

/// <summary>
/// The send side. The producer appends whole lines to a per-client buffer and flushes each dirty
/// client once per burst, so a client that sends several lines in a burst costs one write.
/// Writes are synchronous: with the in-flight window bounding what is outstanding they land in the
/// kernel's socket buffer at once, and a blocking write is the back-pressure we want.
/// </summary>
internal sealed partial class ChatClient
{
    /// <summary>A burst larger than this is written out before more is appended.</summary>
    private const int MaxBuffered = 32 * 1024;

    private readonly Lock _sendLock = new();
    private byte[]? _out;
    private int _outLength;

    /// <summary>Producer-only: the client is in the producer's list of clients to flush.</summary>
    public bool IsQueued { get; set; }

    public bool HasPending => _outLength > 0;

    /// <summary>Producer thread only: appends one line (prefix + text + terminator).</summary>
    public void Append(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> text, ReadOnlySpan<byte> terminator)
    {
        var length = prefix.Length + text.Length + terminator.Length;
        if (_outLength + length > MaxBuffered && _outLength > 0)
        {
            Flush();
        }

        if (_out is null || _out.Length < _outLength + length)
        {
            Array.Resize(ref _out, Math.Max(1024, Math.Max(_outLength + length, (_out?.Length ?? 0) * 2)));
        }

        var span = _out.AsSpan(_outLength);
        prefix.CopyTo(span);
        text.CopyTo(span[prefix.Length..]);
        terminator.CopyTo(span[(prefix.Length + text.Length)..]);
        _outLength += length;
    }

    /// <summary>Producer thread only: writes everything appended so far.</summary>
    public void Flush()
    {
        if (_outLength == 0)
        {
            return;
        }

        SendNow(_out.AsSpan(0, _outLength));
        _outLength = 0;
    }

    /// <summary>Writes <paramref name="data"/> completely (any thread); a failed write ends the client.</summary>
    public void SendNow(ReadOnlySpan<byte> data)
    {
        if (IsBroken)
        {
            return;
        }

        try
        {
            lock (_sendLock)
            {
                while (!data.IsEmpty)
                {
                    data = data[_socket.Send(data, SocketFlags.None)..];
                }
            }
        }
        catch (SocketException e)
        {
            End("write failed: " + e.SocketErrorCode);
        }
        catch (ObjectDisposedException)
        {
            End("closed");
        }
    }
}
