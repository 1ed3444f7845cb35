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

    public abstract void Schedule(IThreadPoolWorkItem mailbox);
}
