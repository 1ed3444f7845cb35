using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Logging;

public static class LoggingAdapterExtensions
{
    public static void Debug(this ILoggingAdapter log, string template, params object?[] args) =>
        Write(log, LogLevel.Debug, null, template, args);

    public static void Info(this ILoggingAdapter log, string template, params object?[] args) =>
        Write(log, LogLevel.Information, null, template, args);

    public static void Warning(this ILoggingAdapter log, string template, params object?[] args) =>
        Write(log, LogLevel.Warning, null, template, args);

    public static void Error(this ILoggingAdapter log, string template, params object?[] args) =>
        Write(log, LogLevel.Error, null, template, args);

    public static void Error(this ILoggingAdapter log, Exception exception, string template, params object?[] args) =>
        Write(log, LogLevel.Error, exception, template, args);

    private static void Write(ILoggingAdapter log, LogLevel level, Exception? exception, string template, object?[] args)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (log.IsEnabled(level))
        {
            log.Log(level, exception, template, args);
        }
    }
}
