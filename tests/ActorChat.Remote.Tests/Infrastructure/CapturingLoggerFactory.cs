using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ActorChat.Remote.Tests.Infrastructure;

/// <summary>Keeps every log line (event id, level, text) so tests can wait for a logged reason.</summary>
public sealed class CapturingLoggerFactory : ILoggerFactory
{
    public ConcurrentQueue<(int EventId, LogLevel Level, string Message)> Lines { get; } = new();

    public bool Has(int eventId, string? containing = null) =>
        Lines.Any(l => l.EventId == eventId && (containing is null || l.Message.Contains(containing, StringComparison.Ordinal)));

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerFactory owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue((eventId.Id, logLevel, formatter(state, exception)));
    }
}
