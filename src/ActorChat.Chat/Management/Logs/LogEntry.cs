using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Management.Logs;

/// <summary>One formatted log event kept in memory for <c>log peek</c> / <c>log tail</c>.</summary>
public sealed record LogEntry(DateTimeOffset Timestamp, LogLevel Level, string Category, int EventId, string Message, string? Exception);
