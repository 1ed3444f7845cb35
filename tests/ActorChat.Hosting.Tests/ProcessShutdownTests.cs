using System.Diagnostics;
using ActorChat.Actors.Shutdown;

namespace ActorChat.Hosting.Tests;

/// <summary>
/// Process level: the TestHost app as a child process receives real signals. Skipped on Windows
/// (no SIGTERM from <c>kill</c>).
/// </summary>
public sealed class ProcessShutdownTests
{
    private static readonly TimeSpan Bound = TestHostFactory.Bound;

    private static readonly string[] Phases =
    [
        CoordinatedShutdown.PhaseBeforeServiceUnbind,
        CoordinatedShutdown.PhaseServiceUnbind,
        CoordinatedShutdown.PhaseServiceRequestsDone,
        CoordinatedShutdown.PhaseServiceStop,
        CoordinatedShutdown.PhaseBeforeClusterShutdown,
        CoordinatedShutdown.PhaseClusterShardingShutdownRegion,
        CoordinatedShutdown.PhaseClusterLeave,
        CoordinatedShutdown.PhaseClusterExiting,
        CoordinatedShutdown.PhaseClusterExitingDone,
        CoordinatedShutdown.PhaseClusterShutdown,
        CoordinatedShutdown.PhaseBeforeActorSystemTerminate,
        CoordinatedShutdown.PhaseActorSystemTerminate,
    ];

    [Fact]
    public async Task Sigterm_ChildHost_RunsEveryPhaseInOrderAndExitsZero()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var child = ChildHost.Start();
        await child.WaitForLineAsync("started", Bound);

        await child.SignalAsync("TERM");
        await child.WaitForExitAsync(Bound);

        Assert.Equal(0, child.ExitCode);
        var lines = child.Lines;
        Assert.Equal(Phases.Select(p => "phase " + p), lines.Where(l => l.StartsWith("phase ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("reason: ClrExitReason", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Phase [actor-system-terminate] completed", StringComparison.Ordinal));
        Assert.Contains("stopped", lines);
    }

    [Fact]
    public async Task SecondSigterm_DuringSlowPhase_ExitsAtOnceWith143()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var child = ChildHost.Start("--slow-phase");
        await child.WaitForLineAsync("started", Bound);
        await child.SignalAsync("TERM");
        await child.WaitForLineAsync("phase " + CoordinatedShutdown.PhaseServiceStop, Bound);

        var sent = Stopwatch.GetTimestamp();
        await child.SignalAsync("TERM");
        await child.WaitForExitAsync(Bound);

        // The slow phase alone would take 30 s; "at once" leaves room for a loaded machine.
        Assert.True(Stopwatch.GetElapsedTime(sent) < TimeSpan.FromSeconds(10), $"took {Stopwatch.GetElapsedTime(sent)}");
        Assert.Equal(143, child.ExitCode);
        Assert.DoesNotContain("phase " + CoordinatedShutdown.PhaseBeforeClusterShutdown, child.Lines);
        Assert.Contains(child.Lines, l => l.Contains("exiting at once with code 143", StringComparison.Ordinal));
    }
}
