namespace ActorChat.LoadGen.Scenarios;

/// <summary>How a producer phase ended: messages written, and why it stopped early if it did.</summary>
internal readonly record struct ProducerOutcome(long Sent, string? StoppedBecause);
