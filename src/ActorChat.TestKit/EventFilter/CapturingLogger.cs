using Microsoft.Extensions.Logging;

namespace ActorChat.TestKit.EventFilter;

/// <summary>
/// Turns each entry into a <see cref="LogEvent"/> for the filters; entries no filter claims go on to
/// <paramref name="downstream"/> (the xunit output or the test's own logger factory), if any.
/// </summary>
internal sealed class CapturingLogger(string category, TestEventSink sink, ILogger? downstream) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => downstream?.BeginScope(state);

    // Everything is captured: the runtime applies actorchat.loglevel before calling us.
    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        var @event = new LogEvent(logLevel, category, eventId, formatter(state, exception), exception, values);
        if (!sink.Route(@event) && downstream is not null && downstream.IsEnabled(logLevel))
        {
            downstream.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
