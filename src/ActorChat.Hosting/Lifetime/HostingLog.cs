using Microsoft.Extensions.Logging;

namespace ActorChat.Hosting.Lifetime;

/// <summary>Log lines of the hosting integration, stable event ids 1200–1249 (a test checks they are unique).</summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Actor system {System} started ({Starters} starter(s), {StartupTasks} startup task(s))")]
    public static partial void Started(ILogger logger, string system, int starters, int startupTasks);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Critical, Message = "Actor system {System} failed to start; shutting it down (bounded by {Bound}) and rethrowing")]
    public static partial void StartFailed(ILogger logger, Exception exception, string system, TimeSpan bound);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Error, Message = "Cleaning up actor system {System} after a failed start did not finish within {Bound}")]
    public static partial void StartCleanupTimedOut(ILogger logger, string system, TimeSpan bound);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Information, Message = "Host is stopping: running coordinated shutdown of {System}")]
    public static partial void Stopping(ILogger logger, string system);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Warning, Message = "Host shutdown timeout elapsed before coordinated shutdown of {System} finished; it goes on in the background")]
    public static partial void StopTimedOut(ILogger logger, string system);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Error, Message = "Coordinated shutdown of {System} failed while the host was stopping")]
    public static partial void StopFailed(ILogger logger, Exception exception, string system);

    [LoggerMessage(EventId = 1206, Level = LogLevel.Warning, Message = "Actor system {System} terminated on its own (reason: {Reason}); stopping the host with exit code {ExitCode}")]
    public static partial void SystemTerminatedOnItsOwn(ILogger logger, string system, string reason, int exitCode);

    [LoggerMessage(EventId = 1207, Level = LogLevel.Error, Message = "Cleaning up actor system {System} after a failed start threw")]
    public static partial void StartCleanupFailed(ILogger logger, Exception exception, string system);

    [LoggerMessage(EventId = 1208, Level = LogLevel.Information, Message = "Actor system {System} terminated because the process is exiting; stopping the host")]
    public static partial void SystemTerminatedByProcessExit(ILogger logger, string system);

    [LoggerMessage(EventId = 1209, Level = LogLevel.Information, Message = "Actor system {System} was shut down on request (reason: {Reason}); stopping the host")]
    public static partial void SystemShutDownOnRequest(ILogger logger, string system, string reason);
}
