namespace ActorChat.TestKit.EventFilter;

/// <summary>What a filter does with one event.</summary>
internal enum MatchKind
{
    /// <summary>Not this filter's event.</summary>
    None,

    /// <summary>Counted towards the expectation, and muted.</summary>
    Counted,

    /// <summary>Muted only: the log line that accompanies an event counted elsewhere (a dead letter's).</summary>
    Muted,
}
