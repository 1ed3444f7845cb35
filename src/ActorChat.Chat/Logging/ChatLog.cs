using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Logging;

/// <summary>Every log line of the chat service. Event ids 2000–2099, unique (a test checks).</summary>
internal static partial class ChatLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "chat listening on {Host}:{Port}")]
    public static partial void Listening(this ILogger logger, System.Net.IPAddress host, int port);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "accept failed ({Error}); retrying in {Backoff}")]
    public static partial void AcceptFailed(this ILogger logger, string error, TimeSpan backoff);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "server full ({MaxClients} clients): refused {Remote}")]
    public static partial void ServerFull(this ILogger logger, int maxClients, string remote);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "chat listener unbound")]
    public static partial void Unbound(this ILogger logger);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Debug, Message = "client {Remote} connected")]
    public static partial void ClientConnected(this ILogger logger, string remote);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Debug, Message = "user {Name} logged in")]
    public static partial void LoggedIn(this ILogger logger, string name);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Debug, Message = "client {Client} disconnected ({Reason})")]
    public static partial void ClientDisconnected(this ILogger logger, string client, string reason);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Warning, Message = "client {Client} too slow: {Bytes} bytes waiting (limit {Limit}); disconnecting")]
    public static partial void SlowConsumer(this ILogger logger, string client, long bytes, long limit);

    [LoggerMessage(EventId = 2014, Level = LogLevel.Debug, Message = "client {Client} write failed: {Error}")]
    public static partial void WriteFailed(this ILogger logger, string client, string error);

    [LoggerMessage(EventId = 2020, Level = LogLevel.Information, Message = "chat shutdown: {Step}")]
    public static partial void ShutdownStep(this ILogger logger, string step);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Warning, Message = "chat shutdown: {Step} incomplete: {Error}")]
    public static partial void ShutdownStepIncomplete(this ILogger logger, string step, string error);

    [LoggerMessage(EventId = 2030, Level = LogLevel.Warning, Message = "chat broker restarted; asking {Count} connections to register again")]
    public static partial void BrokerRestarted(this ILogger logger, int count);
}
