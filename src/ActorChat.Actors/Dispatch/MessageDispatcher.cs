namespace ActorChat.Actors.Dispatch;

/// <summary>Runs mailboxes. Each dispatcher id from config maps to one instance.</summary>
internal abstract class MessageDispatcher
{
    protected MessageDispatcher(string id, int throughput)
    {
        Id = id;
        Throughput = throughput;
    }

    public string Id { get; }

    /// <summary>Max user messages one mailbox run processes before yielding the thread.</summary>
    public int Throughput { get; }

    /// <summary>
    /// Queues a mailbox run. <paramref name="yielding"/> is true when a mailbox re-registers itself at the
    /// end of its own run (it still has messages): it must go to the back of a fair queue, not cut in.
    /// </summary>
    public abstract void Schedule(IThreadPoolWorkItem mailbox, bool yielding);
}
