using ActorChat.Actors.Shutdown;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Logging;

/// <summary>
/// Log lines of CoordinatedShutdown and the process hooks, with stable event ids 1100–1149
/// (next to <see cref="RuntimeLog"/>'s 1000–1099). A test checks ids are unique across both.
/// Phases that have tasks log at Information, empty phases at Debug, so a normal stop stays short.
/// </summary>
internal static partial class ShutdownLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Coordinated shutdown of {System} started, reason: {Reason}")]
    public static partial void RunStarted(ILogger logger, string system, ShutdownReason reason);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Coordinated shutdown of {System} completed in {ElapsedMs} ms")]
    public static partial void RunCompleted(ILogger logger, string system, long elapsedMs);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Coordinated shutdown of {System} aborted in phase [{Phase}]; the remaining phases are skipped")]
    public static partial void RunAborted(ILogger logger, Exception exception, string system, string phase);

    [LoggerMessage(EventId = 1103, Message = "Phase [{Phase}] started with {TaskCount} task(s)")]
    public static partial void PhaseStarted(ILogger logger, LogLevel level, string phase, int taskCount);

    [LoggerMessage(EventId = 1104, Message = "Phase [{Phase}] completed in {ElapsedMs} ms")]
    public static partial void PhaseCompleted(ILogger logger, LogLevel level, string phase, long elapsedMs);

    [LoggerMessage(EventId = 1105, Message = "Phase [{Phase}] timed out after {Timeout}; still running: [{Tasks}]; recover = {Recover}")]
    public static partial void PhaseTimedOut(ILogger logger, LogLevel level, string phase, TimeSpan timeout, string tasks, bool recover);

    [LoggerMessage(EventId = 1106, Message = "Task [{Task}] of phase [{Phase}] failed; recover = {Recover}")]
    public static partial void TaskFailed(ILogger logger, LogLevel level, Exception exception, string phase, string task, bool recover);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Debug, Message = "Task [{Task}] added to phase [{Phase}], which has already run; it will not run")]
    public static partial void TaskAddedTooLate(ILogger logger, string phase, string task);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Information, Message = "Received {Signal}: running coordinated shutdown of {System}; send it again to exit at once")]
    public static partial void SignalReceived(ILogger logger, string signal, string system);

    [LoggerMessage(EventId = 1109, Level = LogLevel.Warning, Message = "Received {Signal} again while coordinated shutdown of {System} is running: exiting at once with code {ExitCode}")]
    public static partial void SecondSignalExit(ILogger logger, string signal, string system, int exitCode);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Information, Message = "Process is exiting: running coordinated shutdown of {System} (waiting up to {Bound})")]
    public static partial void ProcessExitReceived(ILogger logger, string system, TimeSpan bound);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Warning, Message = "Signal {Signal} cannot be hooked on this platform; only process exit runs coordinated shutdown")]
    public static partial void SignalNotSupported(ILogger logger, Exception exception, string signal);

    [LoggerMessage(EventId = 1112, Level = LogLevel.Information, Message = "Coordinated shutdown of {System} finished; exiting the process (exit-clr = on)")]
    public static partial void ExitingClr(ILogger logger, string system);
}
