using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Management.Logging;

/// <summary>Every log line of the management endpoint. Event ids 4000–4099, unique (a test checks).</summary>
internal static partial class CmdLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "cmd listening on {Host}:{Port}")]
    public static partial void Listening(this ILogger logger, System.Net.IPAddress host, int port);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "cmd listener unbound")]
    public static partial void Unbound(this ILogger logger);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "cmd accept failed ({Error}); retrying in {Backoff}")]
    public static partial void AcceptFailed(this ILogger logger, string error, TimeSpan backoff);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "cmd client {Remote} connected")]
    public static partial void ClientConnected(this ILogger logger, string remote);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Debug, Message = "cmd client {Remote} disconnected ({Reason})")]
    public static partial void ClientDisconnected(this ILogger logger, string remote, string reason);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "cmd client {Remote} refused: {Reason}")]
    public static partial void AuthRefused(this ILogger logger, string remote, string reason);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "cmd method {Method} failed unexpectedly: {Error}")]
    public static partial void MethodFailed(this ILogger logger, string method, string error);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information, Message = "cmd client {Remote} ran {Method} {Params}")]
    public static partial void Audit(this ILogger logger, string remote, string method, string @params);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "cmd shutdown: {Step}")]
    public static partial void ShutdownStep(this ILogger logger, string step);
}
