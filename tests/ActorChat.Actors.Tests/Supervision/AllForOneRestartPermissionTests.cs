using ActorChat.Actors.Refs;
using ActorChat.Actors.Supervision;
using ActorChat.Actors.Tests.Infrastructure;

namespace ActorChat.Actors.Tests.Supervision;

/// <summary>
/// AllForOne asks the children for restart permission in turn and stops at the first refusal (as
/// Akka's <c>All</c> does), so children after the refusing one do not count that restart (§2.2).
/// The children are <see cref="Nobody"/> stand-ins: only the permission bookkeeping is observed.
/// </summary>
public sealed class AllForOneRestartPermissionTests : ActorChat.TestKit.TestKit
{
    // maxNrOfRetries = 1 without a window: a lifetime count, allowed while count <= 1.
    private static readonly AllForOneStrategy Strategy = new(1, -1, _ => Directive.Restart);

    private Cells.ActorCell Supervisor() => ((LocalActorRef)Sys.ActorOf(Props.Create<Echo>())).Cell;

    private static bool Permits(ChildRestartStats stats) =>
        stats.RequestRestartPermission(Strategy.MaxNumberOfRetries, Strategy.WithinTimeRangeMilliseconds, 0);

    [Fact]
    public void AllForOne_FirstChildRefuses_LaterChildrenAreNotCounted()
    {
        var exhausted = new ChildRestartStats(Nobody.Instance);
        var second = new ChildRestartStats(Nobody.Instance);
        var third = new ChildRestartStats(Nobody.Instance);
        Assert.True(Permits(exhausted));

        Strategy.ProcessFailure(Supervisor(), restart: true, exhausted, new InvalidOperationException("x"), [exhausted, second, third], 0);

        // Not asked during the refused restart: their first request is still granted.
        Assert.True(Permits(second));
        Assert.True(Permits(third));
    }

    [Fact]
    public void AllForOne_EveryChildGrants_EachChildCountsTheRestart()
    {
        var first = new ChildRestartStats(Nobody.Instance);
        var second = new ChildRestartStats(Nobody.Instance);

        Strategy.ProcessFailure(Supervisor(), restart: true, first, new InvalidOperationException("x"), [first, second], 0);

        Assert.False(Permits(first));
        Assert.False(Permits(second));
    }

    [Fact]
    public void AllForOne_MiddleChildRefuses_EarlierChildCountedLaterNot()
    {
        var first = new ChildRestartStats(Nobody.Instance);
        var exhausted = new ChildRestartStats(Nobody.Instance);
        var third = new ChildRestartStats(Nobody.Instance);
        Assert.True(Permits(exhausted));

        Strategy.ProcessFailure(Supervisor(), restart: true, third, new InvalidOperationException("x"), [first, exhausted, third], 0);

        Assert.False(Permits(first));
        Assert.True(Permits(third));
    }
}
