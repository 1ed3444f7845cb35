using Microsoft.Extensions.Logging;

namespace ActorChat.TestKit.Tests.Infrastructure;

public sealed record LogRequest(LogLevel Level, string Text, int Times = 1);
