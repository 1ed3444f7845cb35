using System.Collections.Concurrent;
using ActorChat.Chat.Broker;

namespace ActorChat.Chat.Management.Rpc;

/// <summary>
/// dchat-style <c>recv</c>: chat messages routed since the connection's previous <c>recv</c>, bounded
/// (the oldest are dropped past <see cref="Capacity"/>). Filled by the connection actor, drained by
/// the method (thread-safe).
/// </summary>
internal sealed class RecvBuffer
{
    public const int Capacity = 1000;

    private readonly ConcurrentQueue<ChatTailEvent> _queue = new();

    public bool Enabled { get; set; }

    public void Add(ChatTailEvent message)
    {
        _queue.Enqueue(message);
        while (_queue.Count > Capacity && _queue.TryDequeue(out _))
        {
        }
    }

    public IReadOnlyList<ChatTailEvent> Drain()
    {
        var drained = new List<ChatTailEvent>();
        while (_queue.TryDequeue(out var message))
        {
            drained.Add(message);
        }

        return drained;
    }
}
