using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Management.Logs;

/// <summary>One category's logger: formats the event and adds it to the ring.</summary>
internal sealed class LogRingLogger(LogRing ring, string category, TimeProvider time) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!IsEnabled(logLevel))
        {
            return;
        }

        ring.Add(new LogEntry(time.GetUtcNow(), logLevel, category, eventId.Id, formatter(state, exception), exception?.ToString()));
    }
}
