namespace ActorChat.Actors.Dispatch;

/// <summary>
/// The default queue: a multi-producer, single-consumer linked list of array segments.
/// <list type="bullet">
/// <item>Enqueue is one interlocked increment on the tail segment plus two plain stores; dequeue has no
/// interlocked operation at all (ConcurrentQueue, which this replaced, needs a CAS on each side because
/// it supports many consumers).</item>
/// <item>No segment exists until the first message, so an idle actor pays for this object only.</item>
/// <item>When the consumer finds the queue empty it rewinds the segment to slot 0 (one CAS that fails
/// if a producer claimed a slot meanwhile), so a steady stream reuses one segment and allocates
/// nothing; a new, larger segment is linked only when more than a segment's worth is waiting.</item>
/// </list>
/// A producer claims a slot before it writes it; the consumer, seeing a claimed slot still empty, spins
/// briefly until the write lands (the producer is between two stores). Because the claim is an
/// interlocked operation that precedes the producer's read of the mailbox status, the mailbox's
/// "clear scheduled bit, then re-check <see cref="HasMessages"/>" can never miss a message.
/// Single consumer: the mailbox run, or (after close) one drain at a time, serialized by the mailbox.
/// </summary>
internal sealed class UnboundedMessageQueue : MessageQueue
{
    private const int FirstSegmentSize = 32;
    private const int MaxSegmentSize = 1024;

    // Producers: the segment new messages go to (null until the first message).
    private EnvelopeSegment? _tail;

    // The segment being read. Set once by the producer that installs the first segment (before any
    // slot can be claimed, so null means empty); from then on only the consumer moves it forward.
    private EnvelopeSegment? _head;

    public override bool TryEnqueue(in Envelope envelope)
    {
        var segment = Volatile.Read(ref _tail);
        if (segment is not null)
        {
            var index = Interlocked.Increment(ref segment.Reserved) - 1;
            var slots = segment.Slots;
            if ((uint)index < (uint)slots.Length)
            {
                ref var slot = ref slots[index];
                slot.Sender = envelope.Sender;
                Volatile.Write(ref slot.Message, envelope.Message);
                return true;
            }
        }

        EnqueueSlow(envelope);
        return true;
    }

    public override bool TryDequeue(out Envelope envelope)
    {
        var segment = Volatile.Read(ref _head);
        if (segment is null)
        {
            envelope = default;
            return false;
        }

        var spinner = default(SpinWait);
        while (true)
        {
            var index = segment.ConsumerIndex;
            var slots = segment.Slots;
            if ((uint)index < (uint)slots.Length)
            {
                ref var slot = ref slots[index];
                var message = Volatile.Read(ref slot.Message);
                if (message is not null)
                {
                    envelope = new Envelope(message, slot.Sender);
                    slot = default; // let the GC have the message; an empty slot is also what a rewind expects
                    segment.ConsumerIndex = index + 1;
                    return true;
                }
            }

            var reserved = Volatile.Read(ref segment.Reserved);
            if (reserved == index)
            {
                // Empty. Rewind for reuse unless a producer claims a slot at this very moment.
                if (index == 0)
                {
                    envelope = default;
                    return false;
                }

                if (Interlocked.CompareExchange(ref segment.Reserved, 0, index) == index)
                {
                    segment.ConsumerIndex = 0;
                    envelope = default;
                    return false;
                }

                continue; // a producer just claimed slot `index`

            }

            if (index >= slots.Length && Volatile.Read(ref segment.Next) is { } next)
            {
                // This segment is used up; it becomes garbage once producers moved on too.
                _head = segment = next;
                continue;
            }

            // A producer claimed the slot (or overflowed and is linking the next segment) but has not
            // finished its stores yet: it is a few instructions away, so wait for it.
            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }

    /// <summary>Exact on the consumer's thread; from other threads a hint that may say true spuriously.</summary>
    public override bool HasMessages
    {
        get
        {
            var segment = Volatile.Read(ref _head);
            return segment is not null && Volatile.Read(ref segment.Reserved) > segment.ConsumerIndex;
        }
    }

    public override int Count
    {
        get
        {
            var count = 0;
            for (var segment = Volatile.Read(ref _head); segment is not null; segment = Volatile.Read(ref segment.Next))
            {
                var written = Math.Min(Volatile.Read(ref segment.Reserved), segment.Slots.Length);
                count += Math.Max(0, written - (ReferenceEquals(segment, _head) ? segment.ConsumerIndex : 0));
            }

            return count;
        }
    }

    private void EnqueueSlow(in Envelope envelope)
    {
        while (true)
        {
            var segment = Volatile.Read(ref _tail);
            if (segment is null)
            {
                // First message ever: the first CAS on _head decides the first segment, which the
                // consumer starts from; only then is it published as the tail for claiming slots.
                var fresh = new EnvelopeSegment(FirstSegmentSize);
                var first = Interlocked.CompareExchange(ref _head, fresh, null) ?? fresh;
                Interlocked.CompareExchange(ref _tail, first, null);
                continue;
            }

            var index = Interlocked.Increment(ref segment.Reserved) - 1;
            var slots = segment.Slots;
            if ((uint)index < (uint)slots.Length)
            {
                ref var slot = ref slots[index];
                slot.Sender = envelope.Sender;
                Volatile.Write(ref slot.Message, envelope.Message);
                return;
            }

            // Full: link one successor (first CAS wins), then help move the tail to it.
            var next = Volatile.Read(ref segment.Next);
            if (next is null)
            {
                var fresh = new EnvelopeSegment(Math.Min(slots.Length * 2, MaxSegmentSize));
                next = Interlocked.CompareExchange(ref segment.Next, fresh, null) ?? fresh;
            }

            Interlocked.CompareExchange(ref _tail, next, segment);
        }
    }
}
