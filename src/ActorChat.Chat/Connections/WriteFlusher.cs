using System.Diagnostics;

namespace ActorChat.Chat.Connections;

/// <summary>
/// Coalesces writes across connections. A connection with new bytes asks for a flush here instead of
/// telling itself <see cref="FlushNow"/> at once; one work item on the thread pool's global (FIFO)
/// queue then tells every waiting connection. While the pool still has queued work (the server is
/// behind: more deliveries are on their way) the item goes back to the end of the queue, for at most
/// max-flush-delay. An idle server flushes at once; a saturated one sends many lines per syscall,
/// and send syscalls are most of the CPU per message.
/// </summary>
internal sealed class WriteFlusher(TimeSpan maxDelay) : IThreadPoolWorkItem
{
    private readonly Lock _gate = new();
    private List<IActorRef> _waiting = [];
    private bool _scheduled;
    private long _since;

    public void Request(IActorRef connection)
    {
        lock (_gate)
        {
            _waiting.Add(connection);
            if (_scheduled)
            {
                return;
            }

            _scheduled = true;
            _since = Stopwatch.GetTimestamp();
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    public void Execute()
    {
        if (ThreadPool.PendingWorkItemCount > 0 && Stopwatch.GetElapsedTime(Volatile.Read(ref _since)) < maxDelay)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
            return;
        }

        List<IActorRef> batch;
        lock (_gate)
        {
            batch = _waiting;
            _waiting = new List<IActorRef>(batch.Count);
            _scheduled = false;
        }

        foreach (var connection in batch)
        {
            connection.Tell(FlushNow.Instance, ActorRefs.NoSender);
        }
    }
}
