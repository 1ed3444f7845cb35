using Microsoft.Extensions.Logging;

namespace ActorChat.TestKit.EventFilter;

/// <summary>
/// One log entry as the test kit captured it. <see cref="Source"/> is the logger category: an actor's
/// logger is named after its type; <c>system.Log</c> and the runtime's own lines use
/// <c>ActorChat.Actors.ActorSystem</c>, except dead-letter lines, which come from
/// <c>ActorChat.Actors.Events.DeadLetterListener</c> (dead-letter filters match on the event id, not the
/// category). <see cref="State"/> holds the structured values of a message template.
/// </summary>
public sealed record LogEvent(
    LogLevel Level,
    string Source,
    EventId EventId,
    string Message,
    Exception? Exception,
    IReadOnlyList<KeyValuePair<string, object?>> State)
{
    public override string ToString() =>
        $"[{Level}] {Source}: {Message}{(Exception is null ? string.Empty : " (" + Exception.GetType().Name + ": " + Exception.Message + ")")}";
}
