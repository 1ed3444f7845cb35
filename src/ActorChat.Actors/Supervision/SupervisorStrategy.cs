using ActorChat.Actors.Logging;
using ActorChat.Actors.Cells;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Supervision;

/// <summary>
/// How a parent treats failing children. Use <see cref="OneForOneStrategy"/> or
/// <see cref="AllForOneStrategy"/>; the decision steps live in the runtime (internal members).
/// </summary>
public abstract class SupervisorStrategy
{
    private protected SupervisorStrategy(int maxNrOfRetries, int withinTimeMilliseconds, IDecider decider, bool loggingEnabled)
    {
        ArgumentNullException.ThrowIfNull(decider);
        MaxNumberOfRetries = maxNrOfRetries;
        WithinTimeRangeMilliseconds = withinTimeMilliseconds;
        Decider = decider;
        LoggingEnabled = loggingEnabled;
    }

    /// <summary>
    /// Akka's default: ActorInitializationException, ActorKilledException and DeathPactException → Stop;
    /// anything else → Restart.
    /// </summary>
    public static IDecider DefaultDecider { get; } = new FuncDecider(cause => cause switch
    {
        ActorInitializationException => Directive.Stop,
        ActorKilledException => Directive.Stop,
        DeathPactException => Directive.Stop,
        _ => Directive.Restart,
    });

    /// <summary>OneForOne with <see cref="DefaultDecider"/> and unlimited restarts.</summary>
    public static SupervisorStrategy DefaultStrategy { get; } = new OneForOneStrategy(DefaultDecider);

    /// <summary>OneForOne that always stops the failed child.</summary>
    public static SupervisorStrategy StoppingStrategy { get; } = new OneForOneStrategy(_ => Directive.Stop);

    public IDecider Decider { get; }

    /// <summary>-1 = unlimited.</summary>
    public int MaxNumberOfRetries { get; }

    /// <summary>-1 = no window.</summary>
    public int WithinTimeRangeMilliseconds { get; }

    public bool LoggingEnabled { get; }

    internal static int ToRetries(int? maxNrOfRetries) => maxNrOfRetries ?? -1;

    internal static int ToWindow(TimeSpan? within) =>
        within is { } w && w > TimeSpan.Zero && w != Timeout.InfiniteTimeSpan ? (int)Math.Min(int.MaxValue, w.TotalMilliseconds) : -1;

    /// <summary>Applies Restart (when <paramref name="restart"/>) or Stop to the affected children.</summary>
    internal abstract void ProcessFailure(ActorCell context, bool restart, ChildRestartStats failed, Exception cause, IReadOnlyList<ChildRestartStats> children, long nowMs);

    internal void LogFailure(ActorCell context, IActorRef child, Exception cause, Directive directive)
    {
        if (!LoggingEnabled)
        {
            return;
        }

        var level = directive switch
        {
            Directive.Resume => LogLevel.Warning,
            Directive.Escalate => LogLevel.None,
            _ => LogLevel.Error,
        };

        if (level != LogLevel.None)
        {
            RuntimeLog.ChildFailed(context.System.RuntimeLogger, level, cause, child.Path, directive);
        }
    }
}
