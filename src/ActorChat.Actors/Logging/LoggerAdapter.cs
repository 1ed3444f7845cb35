using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Logging;

/// <summary>Forwards to an <see cref="ILogger"/> (already filtered by <c>actorchat.loglevel</c>).</summary>
internal sealed class LoggerAdapter(ILogger logger) : ILoggingAdapter
{
    public bool IsEnabled(LogLevel level) => logger.IsEnabled(level);

    public void Log(LogLevel level, Exception? exception, string template, params object?[] args)
    {
#pragma warning disable CA2254, CA1848 // The adapter forwards the caller's template unchanged (the caller holds the constant), so no LoggerMessage delegate can be generated here.
        logger.Log(level, exception, template, args);
#pragma warning restore CA2254, CA1848
    }
}
