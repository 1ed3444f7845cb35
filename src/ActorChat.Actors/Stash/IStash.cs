using ActorChat.Actors.Dispatch;

namespace ActorChat.Actors.Stash;

/// <summary>
/// An actor's stash: messages put aside now and put back at the front of the mailbox later (e.g. on
/// a Become). Use it only from the actor's own message processing; it is not thread-safe.
/// </summary>
public interface IStash
{
    /// <summary>Stashes the current message and its sender.</summary>
    /// <exception cref="IllegalActorStateException">The current message was already stashed, or there is none.</exception>
    /// <exception cref="StashOverflowException">The stash is bounded and full.</exception>
    void Stash();

    /// <summary>Moves the oldest stashed message to the front of the mailbox.</summary>
    void Unstash();

    /// <summary>Moves every stashed message to the front of the mailbox, keeping their order; the stash is empty afterwards.</summary>
    void UnstashAll();

    /// <summary>
    /// Moves the stashed messages matching <paramref name="predicate"/> to the front of the mailbox,
    /// keeping their order; the others are discarded (as in Akka). The stash is empty afterwards.
    /// </summary>
    void UnstashAll(Func<Envelope, bool> predicate);

    /// <summary>Empties the stash and returns what it held, oldest first (nothing goes back to the mailbox).</summary>
    IEnumerable<Envelope> ClearStash();

    /// <summary>Puts <paramref name="envelopes"/> before everything already stashed, in the given order.</summary>
    void Prepend(IEnumerable<Envelope> envelopes);

    /// <summary>Number of stashed messages.</summary>
    int Count { get; }

    bool IsEmpty { get; }

    bool NonEmpty { get; }

    /// <summary>Whether a bounded stash holds <see cref="Capacity"/> messages (always false when unbounded).</summary>
    bool IsFull { get; }

    /// <summary>The mailbox's <c>stash-capacity</c>: the most messages the stash may hold, or -1 for no bound.</summary>
    int Capacity { get; }
}
