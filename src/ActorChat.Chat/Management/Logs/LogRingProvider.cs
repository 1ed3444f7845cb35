using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Management.Logs;

/// <summary>An <see cref="ILoggerProvider"/> that keeps every log event (at the host's filter level) in a <see cref="LogRing"/>.</summary>
public sealed class LogRingProvider(LogRing ring, TimeProvider? time = null) : ILoggerProvider
{
    public LogRing Ring => ring;

    public ILogger CreateLogger(string categoryName) => new LogRingLogger(ring, categoryName, time ?? TimeProvider.System);

    public void Dispose()
    {
        // Nothing to release: the ring outlives the logging pipeline.
    }
}
