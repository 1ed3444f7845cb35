namespace ActorChat.Actors.Dispatch;

/// <summary>A queue that can also put an envelope at the front (what stash's Unstash needs).</summary>
internal interface IDequeMessageQueue
{
    /// <summary>
    /// Envelopes taken so far (consumer side only). The stash compares it between two Stash() calls to
    /// tell "the same delivery stashed twice" from "a new delivery of an equal (or singleton) message";
    /// keeping the counter here costs the default mailbox nothing.
    /// </summary>
    long DequeueCount { get; }

    /// <summary>Puts an envelope before all others. Consumer-side only (called from the actor itself).</summary>
    void EnqueueFirst(in Envelope envelope);
}
