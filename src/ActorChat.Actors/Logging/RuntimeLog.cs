using ActorChat.Actors.Supervision;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Logging;

/// <summary>
/// Every log line the runtime itself writes, with its stable event id (1000–1099 for the core).
/// Ids live only here; a test checks they are unique.
/// </summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(EventId = 1001, Message = "{Child} failed; supervisor directive: {Directive}")]
    public static partial void ChildFailed(ILogger logger, LogLevel level, Exception exception, ActorPath child, Directive directive);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "Dropping Failed from {Child} at {Supervisor}: not a current child (stale or unknown)")]
    public static partial void StaleFailed(ILogger logger, ActorPath child, ActorPath supervisor);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "PostStop of {Actor} threw")]
    public static partial void PostStopFailed(ILogger logger, Exception exception, ActorPath actor);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "PreRestart of {Actor} threw; the restart continues")]
    public static partial void PreRestartFailed(ILogger logger, Exception exception, ActorPath actor);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Message [{MessageType}] from {Sender} to {Recipient} was not delivered. [{Count}] dead letters encountered.")]
    public static partial void DeadLetter(ILogger logger, Type messageType, IActorRef sender, IActorRef recipient, int count);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Error, Message = "Guardian {Guardian} failed. Shutting down system")]
    public static partial void GuardianFailed(ILogger logger, Exception exception, ActorPath guardian);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error, Message = "A termination callback of actor system {System} threw")]
    public static partial void TerminationCallbackFailed(ILogger logger, Exception exception, string system);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Error, Message = "A scheduled action threw")]
    public static partial void ScheduledActionFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Error, Message = "Illegal watch request Watch({Watchee}, {Watcher}) received by {Self}")]
    public static partial void IllegalWatch(ILogger logger, ActorPath watchee, ActorPath watcher, ActorPath self);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Error, Message = "Disposing actor {Actor} threw")]
    public static partial void DisposeFailed(ILogger logger, Exception exception, ActorPath actor);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Debug, Message = "Actor system {System} started")]
    public static partial void SystemStarted(ILogger logger, string system);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Debug, Message = "Actor system {System} terminated")]
    public static partial void SystemTerminated(ILogger logger, string system);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Warning, Message = "A ReceiveAsync task of a discarded (restarted or stopped) incarnation of {Actor} failed; not reported to the supervisor")]
    public static partial void StaleActorTaskFailed(ILogger logger, Exception exception, ActorPath actor);

    // 1020–1029: dead-letter logging (DeadLetterListener); 1005 above is its plain dead-letter line.
    [LoggerMessage(EventId = 1020, Level = LogLevel.Information, Message = "Message [{MessageType}] from {Sender} to {Recipient} was dropped: {Reason}. [{Count}] dead letters encountered.")]
    public static partial void DroppedMessage(ILogger logger, Type messageType, IActorRef sender, IActorRef recipient, string reason, int count);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Information, Message = "Message [{MessageType}] from {Sender} to {Recipient} was unhandled. [{Count}] dead letters encountered.")]
    public static partial void UnhandledMessage(ILogger logger, Type messageType, IActorRef sender, IActorRef recipient, int count);

    [LoggerMessage(EventId = 1022, Level = LogLevel.Information, Message = "{Count} dead letters logged; suspending dead-letter logging for {Duration} (log-dead-letters-suspend-duration)")]
    public static partial void DeadLetterLoggingSuspended(ILogger logger, int count, TimeSpan duration);

    [LoggerMessage(EventId = 1023, Level = LogLevel.Information, Message = "{Count} dead letters logged; no more dead letters will be logged (log-dead-letters-suspend-duration = infinite)")]
    public static partial void DeadLetterLoggingStopped(ILogger logger, int count);

    [LoggerMessage(EventId = 1024, Level = LogLevel.Information, Message = "Resuming dead-letter logging; {Skipped} dead letters were not logged during the pause")]
    public static partial void DeadLetterLoggingResumed(ILogger logger, long skipped);
}
