using System.Collections.Concurrent;
using ActorChat.Actors.Shutdown;

namespace ActorChat.Actors.Tests.Shutdown;

public sealed class CoordinatedShutdownRunTests : ShutdownTestKit
{
    [Fact]
    public async Task Run_TasksInSeveralPhases_RunPhaseByPhaseInGraphOrder()
    {
        var seen = new ConcurrentQueue<string>();
        Shutdown.AddTask(CoordinatedShutdown.PhaseBeforeActorSystemTerminate, "last", _ => Record(seen, "last"));
        Shutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "middle", _ => Record(seen, "middle"));
        Shutdown.AddTask(CoordinatedShutdown.PhaseBeforeServiceUnbind, "first", _ => Record(seen, "first"));

        await Shutdown.Run(UnknownReason.Instance).WaitAsync(Bound);

        Assert.Equal(["first", "middle", "last"], seen);
        Assert.Equal(Shutdown.OrderedPhases, StartedPhases());
        Assert.True(Sys.WhenTerminated.IsCompleted);
    }

    [Fact]
    public async Task Run_TwoTasksInOnePhase_RunConcurrently()
    {
        // Each task waits for the other to have started: only concurrent tasks can both finish.
        var a = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var b = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Shutdown.AddTask(CoordinatedShutdown.PhaseServiceUnbind, "a", async ct =>
        {
            a.SetResult();
            await b.Task.WaitAsync(ct);
        });
        Shutdown.AddTask(CoordinatedShutdown.PhaseServiceUnbind, "b", async ct =>
        {
            b.SetResult();
            await a.Task.WaitAsync(ct);
        });

        await Shutdown.Run(UnknownReason.Instance).WaitAsync(Bound);

        Assert.Empty(Logs.WithId(1105));
        Assert.Empty(Logs.WithId(1106));
    }

    [Fact]
    public async Task Run_CalledTwice_SameTaskAndFirstReasonRecorded()
    {
        Assert.Null(Shutdown.ShutdownReason);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Shutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "gate", ct => gate.Task.WaitAsync(ct));

        var first = Shutdown.Run(ClrExitReason.Instance);
        var second = Shutdown.Run(UnknownReason.Instance);
        var third = Sys.Terminate();
        gate.SetResult();
        await Task.WhenAll(first, second, third).WaitAsync(Bound);

        Assert.Same(first, second);
        Assert.Same(ClrExitReason.Instance, Shutdown.ShutdownReason);
        Assert.Single(Logs.WithId(1100));
        Assert.Single(Logs.WithId(1101));
    }

    [Fact]
    public async Task Terminate_RunsPhasesWithActorSystemTerminateReason()
    {
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Shutdown.AddTask(CoordinatedShutdown.PhaseBeforeActorSystemTerminate, "flag", _ =>
        {
            ran.SetResult();
            return Task.CompletedTask;
        });

        await Sys.Terminate().WaitAsync(Bound);

        Assert.True(ran.Task.IsCompleted);
        Assert.Same(ActorSystemTerminateReason.Instance, Shutdown.ShutdownReason);
        Assert.Equal(CoordinatedShutdown.PhaseActorSystemTerminate, StartedPhases()[^1]);
    }

    [Fact]
    public async Task Run_OwnReason_Recorded()
    {
        await Shutdown.Run(MaintenanceReason.Instance).WaitAsync(Bound);

        Assert.Same(MaintenanceReason.Instance, Shutdown.ShutdownReason);
        Assert.Equal("MaintenanceReason", Logs.WithId(1100).Single().State["Reason"]!.ToString());
    }

    [Fact]
    public async Task Run_FromPhase_SkipsEarlierPhases()
    {
        var seen = new ConcurrentQueue<string>();
        Shutdown.AddTask(CoordinatedShutdown.PhaseServiceUnbind, "early", _ => Record(seen, "early"));
        Shutdown.AddTask(CoordinatedShutdown.PhaseClusterLeave, "late", _ => Record(seen, "late"));

        await Shutdown.Run(UnknownReason.Instance, CoordinatedShutdown.PhaseClusterLeave).WaitAsync(Bound);

        Assert.Equal(["late"], seen);
        Assert.Equal(CoordinatedShutdown.PhaseClusterLeave, StartedPhases()[0]);
    }

    [Fact]
    public async Task Run_EveryPhase_LogsStartAndEndWithDuration()
    {
        Shutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "noop", _ => Task.CompletedTask);

        await Shutdown.Run(UnknownReason.Instance).WaitAsync(Bound);

        var phaseLines = Logs.Records.Where(r => r.EventId is 1103 or 1104).Select(r => (r.EventId, Phase: (string)r.State["Phase"]!)).ToList();
        var expected = Shutdown.OrderedPhases.SelectMany(p => new[] { (1103, p), (1104, p) }).ToList();
        Assert.Equal(expected, phaseLines);
        Assert.All(Logs.WithId(1104), r => Assert.True((long)r.State["ElapsedMs"]! >= 0));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Information, Logs.WithId(1103).Single(r => (string)r.State["Phase"]! == CoordinatedShutdown.PhaseServiceStop).Level);
    }

    [Fact]
    public void AddTask_UnknownPhase_ThrowsListingKnownPhases()
    {
        var e = Assert.Throws<ArgumentException>(() => Shutdown.AddTask("no-such-phase", "t", _ => Task.CompletedTask));

        Assert.Contains("Unknown coordinated shutdown phase [no-such-phase]", e.Message, StringComparison.Ordinal);
        Assert.Contains(CoordinatedShutdown.PhaseServiceUnbind, e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => { _ = Shutdown.Run(UnknownReason.Instance, "no-such-phase"); });
        Assert.Throws<ArgumentException>(() => Shutdown.Timeout("no-such-phase"));
    }

    [Fact]
    public void TotalTimeout_CountsOnlyPhasesWithTasks()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), Shutdown.TotalTimeout);

        Shutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "t", _ => Task.CompletedTask);

        Assert.Equal(TimeSpan.FromSeconds(15), Shutdown.TotalTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), Shutdown.Timeout(CoordinatedShutdown.PhaseClusterExiting));
    }

    [Fact]
    public async Task Terminate_NoTasks_CompletesPromptly()
    {
        var started = TimeProvider.System.GetTimestamp();

        await Sys.Terminate().WaitAsync(Bound);

        // Generous: the point is that empty phases never wait for their timeouts (5 s each).
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(4));
    }

    private static Task Record(ConcurrentQueue<string> seen, string name)
    {
        seen.Enqueue(name);
        return Task.CompletedTask;
    }

    private sealed class MaintenanceReason : ShutdownReason
    {
        public static MaintenanceReason Instance { get; } = new();
    }
}
