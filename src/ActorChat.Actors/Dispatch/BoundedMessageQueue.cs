using System.Collections.Concurrent;
using ActorChat.Actors.Events;
using ActorChat.Actors.Refs;

namespace ActorChat.Actors.Dispatch;

/// <summary>
/// A queue holding at most <c>mailbox-capacity</c> user messages (system messages travel separately
/// and are never bounded). A producer reserves a slot with one interlocked increment before enqueuing,
/// so concurrent producers can never overshoot; a refused message is published as
/// <see cref="Dropped"/> and counted (see <see cref="OnRejected"/>). Messages put back at the front by
/// Unstash bypass the bound: they were admitted once already and must not be lost.
/// </summary>
internal sealed class BoundedMessageQueue : MessageQueue, IDequeMessageQueue
{
    private readonly ConcurrentQueue<Envelope> _queue = new();
    private readonly ConcurrentStack<Envelope> _front = new();
    private readonly int _capacity;
    private readonly MailboxOverflowStrategy _overflow;
    private int _reserved;
    private long _dropped;
    private long _dequeued;

    public BoundedMessageQueue(int capacity, MailboxOverflowStrategy overflow)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
        _overflow = overflow;
    }

    public int Capacity => _capacity;

    /// <summary>Messages refused because the queue was full, since the actor was created.</summary>
    public long DroppedCount => Interlocked.Read(ref _dropped);

    public long DequeueCount => _dequeued;

    public override bool TryEnqueue(in Envelope envelope)
    {
        if (Interlocked.Increment(ref _reserved) > _capacity)
        {
            Interlocked.Decrement(ref _reserved);
            return false;
        }

        _queue.Enqueue(envelope);
        return true;
    }

    public void EnqueueFirst(in Envelope envelope) => _front.Push(envelope);

    public override bool TryDequeue(out Envelope envelope)
    {
        if (_front.TryPop(out envelope))
        {
            _dequeued++;
            return true;
        }

        if (_queue.TryDequeue(out envelope))
        {
            Interlocked.Decrement(ref _reserved);
            _dequeued++;
            return true;
        }

        return false;
    }

    public override bool HasMessages => !_front.IsEmpty || !_queue.IsEmpty;

    public override int Count => _front.Count + _queue.Count;

    public override void OnRejected(in Envelope envelope, IActorRef recipient, DeadLetterActorRef deadLetters)
    {
        Interlocked.Increment(ref _dropped);
        if (envelope.Message is AllDeadLetters)
        {
            // An event about a lost message, for a full subscriber: publishing its loss as another
            // event would loop, and its publisher is the runtime, not a sender to fail.
            return;
        }

        var reason = $"Mailbox of {recipient} is full (capacity {_capacity})";
        deadLetters.Tell(new Dropped(envelope.Message, reason, envelope.Sender ?? deadLetters, recipient), envelope.Sender);
        if (_overflow == MailboxOverflowStrategy.Fail)
        {
            throw new MailboxOverflowException(reason + "; the message was dropped.");
        }
    }
}
