namespace ActorChat.Actors.Dispatch;

/// <summary>A queue that can also put an envelope at the front (what stash's Unstash needs).</summary>
internal interface IDequeMessageQueue
{
    /// <summary>Puts an envelope before all others. Consumer-side only (called from the actor itself).</summary>
    void EnqueueFirst(in Envelope envelope);
}
