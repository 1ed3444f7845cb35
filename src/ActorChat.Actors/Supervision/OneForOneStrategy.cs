namespace ActorChat.Actors.Supervision;

/// <summary>Applies the directive to the failed child only.</summary>
public sealed class OneForOneStrategy : SupervisorStrategy
{
    public OneForOneStrategy(int? maxNrOfRetries, TimeSpan? withinTimeRange, Func<Exception, Directive> localOnlyDecider)
        : this(maxNrOfRetries, withinTimeRange, Supervision.Decider.From(localOnlyDecider))
    {
    }

    public OneForOneStrategy(int? maxNrOfRetries, TimeSpan? withinTimeRange, IDecider decider)
        : base(ToRetries(maxNrOfRetries), ToWindow(withinTimeRange), decider, loggingEnabled: true)
    {
    }

    public OneForOneStrategy(int maxNrOfRetries, int withinTimeMilliseconds, Func<Exception, Directive> localOnlyDecider, bool loggingEnabled = true)
        : this(maxNrOfRetries, withinTimeMilliseconds, Supervision.Decider.From(localOnlyDecider), loggingEnabled)
    {
    }

    public OneForOneStrategy(int maxNrOfRetries, int withinTimeMilliseconds, IDecider decider, bool loggingEnabled = true)
        : base(maxNrOfRetries, withinTimeMilliseconds, decider, loggingEnabled)
    {
    }

    public OneForOneStrategy(Func<Exception, Directive> localOnlyDecider)
        : this(-1, -1, localOnlyDecider)
    {
    }

    public OneForOneStrategy(IDecider decider)
        : this(-1, -1, decider)
    {
    }

    internal override void ProcessFailure(Cells.ActorCell context, bool restart, ChildRestartStats failed, Exception cause, IReadOnlyList<ChildRestartStats> children, long nowMs)
    {
        if (restart && failed.RequestRestartPermission(MaxNumberOfRetries, WithinTimeRangeMilliseconds, nowMs))
        {
            Cells.ActorCell.RestartChild(failed.Child, cause, suspendFirst: false);
        }
        else
        {
            context.Stop(failed.Child);
        }
    }
}
