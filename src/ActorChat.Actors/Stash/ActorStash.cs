using ActorChat.Actors.Cells;
using ActorChat.Actors.Dispatch;

namespace ActorChat.Actors.Stash;

/// <summary>
/// The stash of one actor incarnation. Oldest message first; unstashing pushes onto the front of the
/// deque queue newest-first, so the oldest ends up first in the mailbox. Only the owning actor's
/// thread touches it (during its message processing or the cell's restart/stop steps).
/// </summary>
internal sealed class ActorStash : IStash
{
    private readonly LinkedList<Envelope> _stash = new();
    private readonly IDequeMessageQueue _queue;
    private readonly ActorCell _cell;
    private readonly int _capacity;

    // DequeueCount of the delivery stashed last: the same value again means "same message twice".
    private long _lastStashedDelivery = -1;

    public ActorStash(ActorCell cell, IDequeMessageQueue queue, int capacity)
    {
        _cell = cell;
        _queue = queue;
        _capacity = capacity;
    }

    public int Count => _stash.Count;

    public bool IsEmpty => _stash.Count == 0;

    public bool NonEmpty => _stash.Count != 0;

    public bool IsFull => _capacity >= 0 && _stash.Count >= _capacity;

    public int Capacity => _capacity;

    public void Stash()
    {
        var message = _cell.CurrentMessage;
        if (message is null)
        {
            throw new IllegalActorStateException("Stash() may only be called while processing a message.");
        }

        var delivery = _queue.DequeueCount;
        if (delivery == _lastStashedDelivery)
        {
            throw new IllegalActorStateException($"Can't stash the same message {message} more than once.");
        }

        if (IsFull)
        {
            throw new StashOverflowException($"Couldn't enqueue message {message} to the stash: it is full (stash-capacity = {_capacity}).");
        }

        _stash.AddLast(new Envelope(message, _cell.CurrentSender));
        _lastStashedDelivery = delivery;
    }

    public void Unstash()
    {
        if (_stash.First is { } first)
        {
            _stash.RemoveFirst();
            _queue.EnqueueFirst(first.Value);
        }
    }

    public void UnstashAll() => UnstashAll(static _ => true);

    public void UnstashAll(Func<Envelope, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        try
        {
            // Newest first onto the front: the oldest ends up at the very front.
            for (var node = _stash.Last; node is not null; node = node.Previous)
            {
                if (predicate(node.Value))
                {
                    _queue.EnqueueFirst(node.Value);
                }
            }
        }
        finally
        {
            _stash.Clear();
        }
    }

    public IEnumerable<Envelope> ClearStash()
    {
        var stashed = _stash.ToArray();
        _stash.Clear();
        return stashed;
    }

    public void Prepend(IEnumerable<Envelope> envelopes)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        foreach (var envelope in envelopes.Reverse())
        {
            _stash.AddFirst(envelope);
        }
    }
}
