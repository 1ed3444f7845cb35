using ActorChat.Actors.Refs;

namespace ActorChat.Actors.Dispatch;

/// <summary>
/// The user-message store of a mailbox: many producers, one consumer (the mailbox run). An abstract
/// class rather than an interface so the per-message calls are plain virtual calls. Mailbox types
/// (unbounded, deque for stash, bounded) plug in here; see <see cref="Mailboxes"/>.
/// </summary>
internal abstract class MessageQueue
{
    /// <summary>Adds an envelope; false means rejected (e.g. a full bounded queue), then the mailbox calls <see cref="OnRejected"/>.</summary>
    public abstract bool TryEnqueue(in Envelope envelope);

    /// <summary>Takes the next envelope. Only the mailbox's consumer (or a drain after close) calls this.</summary>
    public abstract bool TryDequeue(out Envelope envelope);

    public abstract bool HasMessages { get; }

    /// <summary>Approximate number of queued envelopes (diagnostics only: may be O(n)).</summary>
    public abstract int Count { get; }

    /// <summary>
    /// Reports an envelope <see cref="TryEnqueue"/> refused, on the producer's thread (the cold path).
    /// Refused messages are never lost silently: by default they become dead letters; a queue kind
    /// with its own policy (bounded) overrides this.
    /// </summary>
    public virtual void OnRejected(in Envelope envelope, IActorRef recipient, DeadLetterActorRef deadLetters) =>
        deadLetters.DeliverFrom(envelope.Message, envelope.Sender, recipient);
}
