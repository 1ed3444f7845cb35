using System.Collections.Concurrent;

namespace ActorChat.Actors.Dispatch;

/// <summary>
/// Unbounded queue with a consumer-side front stack for unstashed messages. Producers only touch the
/// concurrent queue; the front stack is touched only by the owning actor, so it needs no locking.
/// </summary>
internal sealed class UnboundedDequeMessageQueue : MessageQueue, IDequeMessageQueue
{
    private readonly ConcurrentQueue<Envelope> _queue = new();
    private readonly Stack<Envelope> _front = new();

    public override bool TryEnqueue(in Envelope envelope)
    {
        _queue.Enqueue(envelope);
        return true;
    }

    public void EnqueueFirst(in Envelope envelope) => _front.Push(envelope);

    public override bool TryDequeue(out Envelope envelope)
    {
        if (_front.Count > 0)
        {
            envelope = _front.Pop();
            return true;
        }

        return _queue.TryDequeue(out envelope);
    }

    public override bool HasMessages => _front.Count > 0 || !_queue.IsEmpty;

    public override int Count => _front.Count + _queue.Count;
}
