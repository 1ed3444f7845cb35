namespace ActorChat.Actors.Dispatch;

/// <summary>
/// The user-message store of a mailbox: many producers, one consumer (the mailbox run). An abstract
/// class rather than an interface so the per-message calls are plain virtual calls. Mailbox types
/// (unbounded, deque for stash, bounded) plug in here; see <see cref="Mailboxes"/>.
/// </summary>
internal abstract class MessageQueue
{
    /// <summary>Adds an envelope; false means rejected (e.g. a full bounded queue) and the caller dead-letters it.</summary>
    public abstract bool TryEnqueue(in Envelope envelope);

    /// <summary>Takes the next envelope. Only the mailbox's consumer (or a drain after close) calls this.</summary>
    public abstract bool TryDequeue(out Envelope envelope);

    public abstract bool HasMessages { get; }

    /// <summary>Approximate number of queued envelopes (diagnostics only: may be O(n)).</summary>
    public abstract int Count { get; }
}
