using System.Collections.Concurrent;

namespace ActorChat.Actors.Dispatch;

/// <summary>
/// The default queue. <see cref="ConcurrentQueue{T}"/> is a ring of segments whose slots are reused,
/// so a steady stream of messages allocates nothing; enqueue is one interlocked increment.
/// </summary>
internal sealed class UnboundedMessageQueue : MessageQueue
{
    private readonly ConcurrentQueue<Envelope> _queue = new();

    public override bool TryEnqueue(in Envelope envelope)
    {
        _queue.Enqueue(envelope);
        return true;
    }

    public override bool TryDequeue(out Envelope envelope) => _queue.TryDequeue(out envelope);

    public override bool HasMessages => !_queue.IsEmpty;

    public override int Count => _queue.Count;
}
