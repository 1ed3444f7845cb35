namespace ActorChat.Chat.Connections;

/// <summary>Counters of one chat service (shared by its listener and connections; updated atomically).</summary>
internal sealed class ChatStats
{
    private long _connected;
    private long _accepted;
    private long _rejectedFull;
    private long _slowConsumers;
    private long _acceptErrors;

    public long Connected => Interlocked.Read(ref _connected);

    public long Accepted => Interlocked.Read(ref _accepted);

    public long RejectedFull => Interlocked.Read(ref _rejectedFull);

    public long SlowConsumers => Interlocked.Read(ref _slowConsumers);

    public long AcceptErrors => Interlocked.Read(ref _acceptErrors);

    public void OnConnected()
    {
        Interlocked.Increment(ref _accepted);
        Interlocked.Increment(ref _connected);
    }

    public void OnDisconnected() => Interlocked.Decrement(ref _connected);

    public void OnRejectedFull() => Interlocked.Increment(ref _rejectedFull);

    public void OnSlowConsumer() => Interlocked.Increment(ref _slowConsumers);

    public void OnAcceptError() => Interlocked.Increment(ref _acceptErrors);
}
