namespace ActorChat.Actors;

/// <summary>
/// A selection on its way to its targets (§1.9). It travels hop by hop through the mailboxes of the
/// actors on the path; each hop resolves <c>Elements[Next]</c> against that actor's children on the
/// actor's own thread, so it sees every child the actor created before (constructor included).
/// <paramref name="WildcardFanOut"/> is set once a wildcard has matched: misses after that are dropped
/// silently instead of going to dead letters. Passing through does not count as activity for an
/// intermediate actor's receive timeout.
/// </summary>
internal sealed record ActorSelectionMessage(object Message, string[] Elements, int Next, bool WildcardFanOut)
    : IAutoReceivedMessage, INotInfluenceReceiveTimeout
{
    /// <summary>True when no element is left: the next step hands <see cref="Message"/> to the target.</summary>
    public bool IsComplete => Next >= Elements.Length;
}
