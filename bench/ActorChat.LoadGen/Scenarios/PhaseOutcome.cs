namespace ActorChat.LoadGen.Scenarios;

/// <summary>
/// One phase of a message scenario: messages written, why it stopped early (null if it did not),
/// and the timestamp of the receipt that completed it (null if it never completed).
/// </summary>
internal readonly record struct PhaseOutcome(long Sent, string? StoppedBecause, long? ReachedAt);
