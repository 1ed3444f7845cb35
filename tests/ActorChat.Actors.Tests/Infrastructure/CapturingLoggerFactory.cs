using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Tests.Infrastructure;

/// <summary>An ILoggerFactory that records every line (all levels enabled), for asserting on logs.</summary>
public sealed class CapturingLoggerFactory : ILoggerFactory
{
    private readonly ConcurrentQueue<CapturedLog> _logs = new();

    public IReadOnlyList<CapturedLog> Logs => [.. _logs];

    public IReadOnlyList<CapturedLog> WithEventId(int eventId) => [.. _logs.Where(l => l.EventId == eventId)];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturingLoggerFactory owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._logs.Enqueue(new CapturedLog(category, logLevel, eventId.Id, formatter(state, exception)));
    }
}
