using System.Collections.Concurrent;

namespace ActorChat.Actors.Dispatch;

/// <summary>
/// Unbounded queue with a front stack for unstashed messages. Producers only touch the concurrent
/// queue; only the owning actor pushes to the front. The front is a concurrent stack anyway because a
/// producer that races with the actor's stop drains the queue (front included) from its own thread.
/// </summary>
internal sealed class UnboundedDequeMessageQueue : MessageQueue, IDequeMessageQueue
{
    private readonly ConcurrentQueue<Envelope> _queue = new();
    private readonly ConcurrentStack<Envelope> _front = new();
    private long _dequeued;

    public long DequeueCount => _dequeued;

    public override bool TryEnqueue(in Envelope envelope)
    {
        _queue.Enqueue(envelope);
        return true;
    }

    public void EnqueueFirst(in Envelope envelope) => _front.Push(envelope);

    public override bool TryDequeue(out Envelope envelope)
    {
        if (_front.TryPop(out envelope) || _queue.TryDequeue(out envelope))
        {
            _dequeued++;
            return true;
        }

        return false;
    }

    public override bool HasMessages => !_front.IsEmpty || !_queue.IsEmpty;

    public override int Count => _front.Count + _queue.Count;
}
