using System.Net.Sockets;
using ActorChat.Chat.Protocol;

namespace ActorChat.Chat.Connections;

/// <summary>
/// The reader loop of one connection. It only frames bytes and Tells the frames to its connection
/// actor — it never calls the broker or any handler inline. At most read-ahead-lines frames are
/// outstanding (credits returned by the actor as it handles them), so a flooding client cannot grow
/// the actor's mailbox. Its last message is always <see cref="ReaderEnded"/>.
/// </summary>
internal sealed class SocketReader : IConnectionReader
{
    private readonly Socket _socket;
    private readonly IActorRef _owner;
    private readonly LineFramer _framer;
    private readonly SemaphoreSlim _credits;
    private readonly CancellationTokenSource _stop = new();

    public SocketReader(Socket socket, IActorRef owner, int maxLineLength, int readAhead)
    {
        _socket = socket;
        _owner = owner;
        _framer = new LineFramer(maxLineLength);
        _credits = new SemaphoreSlim(readAhead, readAhead);
    }

    public void Start() => _ = Task.Run(RunAsync);

    /// <summary>The actor handled one frame: the reader may send another.</summary>
    public void ReturnCredit() => _credits.Release();

    public void Stop() => _stop.Cancel();

    /// <summary>Stops the loop (a receive or credit wait in progress is cancelled) and releases its handles.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _credits.Dispose();
    }

    private async Task RunAsync()
    {
        var ct = _stop.Token;
        var reason = ReaderEndReason.EndOfStream;
        Exception? error = null;
        try
        {
            while (true)
            {
                if (!_framer.HasBufferedBytes)
                {
                    // Wait for data without a buffer (a zero-byte receive): an idle connection holds none.
                    _framer.ReleaseIfEmpty();
                    await _socket.ReceiveAsync(Memory<byte>.Empty, SocketFlags.None, ct).ConfigureAwait(false);
                }

                var read = await _socket.ReceiveAsync(_framer.WritableMemory(), SocketFlags.None, ct).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                _framer.Advance(read);
                while (_framer.TryRead(out var frame))
                {
                    await _credits.WaitAsync(ct).ConfigureAwait(false);
                    _owner.Tell(new InboundFrame(frame), ActorRefs.NoSender);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            reason = ReaderEndReason.Stopped;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            reason = ct.IsCancellationRequested ? ReaderEndReason.Stopped : ReaderEndReason.Faulted;
            error = e;
        }

        // No receive is pending any more, so the buffer can go back to the pool.
        _framer.ReleaseIfEmpty();
        _owner.Tell(new ReaderEnded(reason, error), ActorRefs.NoSender);
    }
}
