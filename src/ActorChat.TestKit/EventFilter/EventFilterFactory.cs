using ActorChat.Actors.Events;
using Microsoft.Extensions.Logging;

namespace ActorChat.TestKit.EventFilter;

/// <summary>
/// Builds filters over the test system's log entries and dead letters (<c>EventFilter.Error(...)</c>,
/// then an applier such as <see cref="IEventFilterApplier.ExpectOne(Action)"/>). Message criteria:
/// <c>message</c> exact, <c>start</c> prefix, <c>contains</c> substring; <c>source</c> is the logger
/// category (see <see cref="LogEvent.Source"/>). Note that <c>actorchat.loglevel</c> (INFO by default)
/// decides which entries exist at all: a Debug filter needs <c>actorchat.loglevel = DEBUG</c>.
/// </summary>
public sealed class EventFilterFactory
{
    /// <summary>Event id of the runtime's "was not delivered" log line (stable, see the runtime's RuntimeLog).</summary>
    private const int DeadLetterLogEventId = 1005;

    private readonly TestKitBase _kit;
    private readonly TestEventSink _sink;

    internal EventFilterFactory(TestKitBase kit, TestEventSink sink)
    {
        _kit = kit;
        _sink = sink;
    }

    public IEventFilterApplier Error(string? message = null, string? start = null, string? contains = null, string? source = null) =>
        ForLogLevel(LogLevel.Error, message, start, contains, source);

    public IEventFilterApplier Warning(string? message = null, string? start = null, string? contains = null, string? source = null) =>
        ForLogLevel(LogLevel.Warning, message, start, contains, source);

    public IEventFilterApplier Info(string? message = null, string? start = null, string? contains = null, string? source = null) =>
        ForLogLevel(LogLevel.Information, message, start, contains, source);

    public IEventFilterApplier Debug(string? message = null, string? start = null, string? contains = null, string? source = null) =>
        ForLogLevel(LogLevel.Debug, message, start, contains, source);

    /// <summary>Log entries of exactly <paramref name="level"/>.</summary>
    public IEventFilterApplier ForLogLevel(LogLevel level, string? message = null, string? start = null, string? contains = null, string? source = null)
    {
        var text = new TextMatch(message, start, contains);
        return Applier(Describe(level.ToString(), text, source), e =>
            e is LogEvent log && log.Level == level && text.IsMatch(log.Message) && SourceMatches(log, source));
    }

    /// <summary>
    /// Log entries carrying a <typeparamref name="TException"/> (or subtype), e.g. an actor failure the
    /// supervisor logged. The message criteria apply to the exception's message or the entry's text.
    /// </summary>
    public IEventFilterApplier Exception<TException>(string? message = null, string? start = null, string? contains = null, string? source = null)
        where TException : Exception =>
        Exception(typeof(TException), message, start, contains, source);

    public IEventFilterApplier Exception(Type exceptionType, string? message = null, string? start = null, string? contains = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(exceptionType);
        if (!typeof(Exception).IsAssignableFrom(exceptionType))
        {
            throw new ArgumentException($"{exceptionType} is not an exception type.", nameof(exceptionType));
        }

        var text = new TextMatch(message, start, contains);
        return Applier(Describe(exceptionType.Name, text, source), e =>
            e is LogEvent { Exception: { } ex } log
            && exceptionType.IsInstanceOfType(ex)
            && (text.IsMatch(ex.Message) || text.IsMatch(log.Message))
            && SourceMatches(log, source));
    }

    /// <summary>
    /// Dead letters (from the system EventStream) whose message is a <typeparamref name="T"/> satisfying
    /// <paramref name="isMessage"/>. While active, the runtime's log line about such a dead letter is muted too.
    /// </summary>
    public IEventFilterApplier DeadLetter<T>(Predicate<T>? isMessage = null)
    {
        _sink.EnsureDeadLetterSubscription(_kit.Sys);
        return Applier($"DeadLetter<{typeof(T).Name}>", e => e switch
        {
            DeadLetter { Message: T typed } when isMessage is null || isMessage(typed) => MatchKind.Counted,
            LogEvent { EventId.Id: DeadLetterLogEventId } log when DeadLetterType(log) is { } type && typeof(T).IsAssignableFrom(type) => MatchKind.Muted,
            _ => MatchKind.None,
        });
    }

    /// <summary>Log entries satisfying <paramref name="predicate"/>.</summary>
    public IEventFilterApplier Custom(Predicate<LogEvent> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return Applier("custom predicate", e => e is LogEvent log && predicate(log));
    }

    private EventFilterApplier Applier(string description, Func<object, bool> counts) =>
        Applier(description, e => counts(e) ? MatchKind.Counted : MatchKind.None);

    private EventFilterApplier Applier(string description, Func<object, MatchKind> match) =>
        new(_kit, _sink, new EventMatcher(description, match));

    private static bool SourceMatches(LogEvent log, string? source) =>
        source is null || string.Equals(log.Source, source, StringComparison.Ordinal);

    private static Type? DeadLetterType(LogEvent log)
    {
        foreach (var (key, value) in log.State)
        {
            if (key == "MessageType")
            {
                return value as Type;
            }
        }

        return null;
    }

    private static string Describe(string kind, TextMatch text, string? source)
    {
        var criteria = text.ToString();
        var from = source is null ? string.Empty : $" from \"{source}\"";
        return criteria.Length == 0 ? kind + from : $"{kind} with {criteria}{from}";
    }
}
