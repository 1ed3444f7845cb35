namespace ActorChat.Chat.Connections;

/// <summary>
/// Counters of one chat service (shared by its listener, connections and broker; updated
/// atomically), plus the logged-in sessions the management endpoint lists.
/// </summary>
internal sealed class ChatStats
{
    private long _messagesIn;
    private long _deliveries;
    private long _errors;
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

    /// <summary>Chat lines accepted from clients (each became one Say to the broker).</summary>
    public long MessagesIn => Interlocked.Read(ref _messagesIn);

    /// <summary>Messages handed to a recipient's connection (one per recipient).</summary>
    public long Deliveries => Interlocked.Read(ref _deliveries);

    /// <summary>"error: ..." lines sent to clients.</summary>
    public long Errors => Interlocked.Read(ref _errors);

    public ChatSessions Sessions { get; } = new();

    public void OnMessageIn() => Interlocked.Increment(ref _messagesIn);

    public void OnDeliveries(int count) => Interlocked.Add(ref _deliveries, count);

    public void OnError() => Interlocked.Increment(ref _errors);

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
