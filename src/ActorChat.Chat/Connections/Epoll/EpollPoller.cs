using System.Net.Sockets;

namespace ActorChat.Chat.Connections.Epoll;

/// <summary>
/// One epoll instance and one thread for every client socket of a chat service. A socket waits
/// here for data with no buffer and no pending operation object: per idle connection this costs a
/// table slot, where an async receive costs about 700 bytes of event args and operation state.
/// Registrations are edge-triggered: a socket is registered once and never re-armed (no epoll_ctl per
/// wake-up); its reader reads until the socket is drained, or takes up again by itself when it stopped
/// early (credits, fairness). The single thread never runs two wake-ups of one reader at once.
/// </summary>
internal sealed class EpollPoller : IDisposable
{
    private const int MaxEvents = 256;
    private const int WaitMs = 250;

    private readonly int _epfd;
    private readonly Thread _thread;
    private readonly Lock _gate = new();
    private EpollReader?[] _byFd = new EpollReader?[1024];
    private uint _nextGeneration;
    private volatile bool _disposed;

    private EpollPoller(int epfd)
    {
        _epfd = epfd;
        _thread = new Thread(Run) { IsBackground = true, Name = "chat-epoll" };
        _thread.Start();
    }

    /// <summary>A poller, or null with the reason when epoll is not available here.</summary>
    public static EpollPoller? TryCreate(out string? error)
    {
        if (!EpollNative.IsSupported)
        {
            error = "epoll needs Linux on x64 or arm64";
            return null;
        }

        var epfd = EpollNative.Create(EpollNative.CloseOnExec);
        if (epfd < 0)
        {
            error = "epoll_create1 failed: " + new SocketException(System.Runtime.InteropServices.Marshal.GetLastPInvokeError()).Message;
            return null;
        }

        error = null;
        return new EpollPoller(epfd);
    }

    /// <summary>Registers a reader for edge-triggered readability; returns the errno (0 = ok).</summary>
    public int Add(EpollReader reader)
    {
        lock (_gate)
        {
            if (reader.Fd >= _byFd.Length)
            {
                var larger = new EpollReader?[Math.Max(2 * _byFd.Length, reader.Fd + 1)];
                _byFd.CopyTo(larger, 0);
                Volatile.Write(ref _byFd, larger);
            }

            reader.Generation = ++_nextGeneration;
            _byFd[reader.Fd] = reader;
        }

        return EpollNative.Control(_epfd, EpollNative.CtlAdd, reader.Fd, Interest, Key(reader));
    }

    /// <summary>Unregisters before the socket closes, so its descriptor number can be reused safely.</summary>
    public void Remove(EpollReader reader)
    {
        _ = EpollNative.Control(_epfd, EpollNative.CtlDel, reader.Fd, 0, 0);
        lock (_gate)
        {
            if (reader.Fd < _byFd.Length && ReferenceEquals(_byFd[reader.Fd], reader))
            {
                _byFd[reader.Fd] = null;
            }
        }
    }

    /// <summary>Stops the thread (within one wait period) and closes the epoll descriptor.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (Thread.CurrentThread != _thread)
        {
            _thread.Join();
        }

        _ = EpollNative.Close(_epfd);
    }

    private static uint Interest => EpollNative.In | EpollNative.RdHup | EpollNative.EdgeTriggered;

    // The generation tells a stale event (for a descriptor closed and reused since) from a live one.
    private static ulong Key(EpollReader reader) => ((ulong)reader.Generation << 32) | (uint)reader.Fd;

    private unsafe void Run()
    {
        var events = new byte[MaxEvents * EpollNative.EventSize];
        fixed (byte* buffer = events)
        {
            while (!_disposed)
            {
                var count = EpollNative.Wait(_epfd, buffer, MaxEvents, WaitMs);
                for (var i = 0; i < count; i++)
                {
                    var ev = buffer + (i * EpollNative.EventSize);
                    var key = *(ulong*)(ev + EpollNative.DataOffset);
                    var fd = (int)(uint)key;
                    var table = Volatile.Read(ref _byFd);
                    if (fd < table.Length && table[fd] is { } reader && reader.Generation == (uint)(key >> 32))
                    {
                        reader.OnReadable(*(uint*)ev);
                    }
                }
            }
        }
    }
}
