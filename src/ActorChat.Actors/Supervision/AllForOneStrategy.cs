namespace ActorChat.Actors.Supervision;

/// <summary>
/// Applies the directive to all children: on Restart, every child is restarted if every child grants
/// restart permission (siblings are suspended first); otherwise, or on Stop, all children are stopped.
/// </summary>
public sealed class AllForOneStrategy : SupervisorStrategy
{
    public AllForOneStrategy(int? maxNrOfRetries, TimeSpan? withinTimeRange, Func<Exception, Directive> localOnlyDecider)
        : this(maxNrOfRetries, withinTimeRange, Supervision.Decider.From(localOnlyDecider))
    {
    }

    public AllForOneStrategy(int? maxNrOfRetries, TimeSpan? withinTimeRange, IDecider decider)
        : base(ToRetries(maxNrOfRetries), ToWindow(withinTimeRange), decider, loggingEnabled: true)
    {
    }

    public AllForOneStrategy(int maxNrOfRetries, int withinTimeMilliseconds, Func<Exception, Directive> localOnlyDecider, bool loggingEnabled = true)
        : this(maxNrOfRetries, withinTimeMilliseconds, Supervision.Decider.From(localOnlyDecider), loggingEnabled)
    {
    }

    public AllForOneStrategy(int maxNrOfRetries, int withinTimeMilliseconds, IDecider decider, bool loggingEnabled = true)
        : base(maxNrOfRetries, withinTimeMilliseconds, decider, loggingEnabled)
    {
    }

    public AllForOneStrategy(Func<Exception, Directive> localOnlyDecider)
        : this(-1, -1, localOnlyDecider)
    {
    }

    public AllForOneStrategy(IDecider decider)
        : this(-1, -1, decider)
    {
    }

    internal override void ProcessFailure(Cells.ActorCell context, bool restart, ChildRestartStats failed, Exception cause, IReadOnlyList<ChildRestartStats> children, long nowMs)
    {
        if (children.Count == 0)
        {
            return;
        }

        var allowed = restart && AllGrantRestart(children, nowMs);

        foreach (var stats in children)
        {
            if (allowed)
            {
                Cells.ActorCell.RestartChild(stats.Child, cause, suspendFirst: !stats.Child.Equals(failed.Child));
            }
            else
            {
                context.Stop(stats.Child);
            }
        }
    }

    // Children are asked in turn and asking stops at the first refusal (Akka's All): a child after
    // the refusing one does not count a restart that never happens (all children are stopped instead).
    private bool AllGrantRestart(IReadOnlyList<ChildRestartStats> children, long nowMs)
    {
        foreach (var stats in children)
        {
            if (!stats.RequestRestartPermission(MaxNumberOfRetries, WithinTimeRangeMilliseconds, nowMs))
            {
                return false;
            }
        }

        return true;
    }
}
