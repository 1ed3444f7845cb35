using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Logging;

/// <summary>Small logging facade for actors and the system, backed by Microsoft.Extensions.Logging.</summary>
public interface ILoggingAdapter
{
    bool IsEnabled(LogLevel level);

    /// <summary>Logs a message template (<c>{Name}</c> placeholders) with arguments.</summary>
    void Log(LogLevel level, Exception? exception, string template, params object?[] args);
}
