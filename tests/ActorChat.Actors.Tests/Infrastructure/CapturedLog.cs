using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Tests.Infrastructure;

/// <summary>One log line captured by <see cref="CapturingLoggerFactory"/>.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, int EventId, string Message);
