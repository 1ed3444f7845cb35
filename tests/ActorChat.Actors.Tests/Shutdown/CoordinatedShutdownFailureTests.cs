using System.Collections.Concurrent;
using ActorChat.Actors.Shutdown;
using ActorChat.Actors.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Tests.Shutdown;

/// <summary>Timeouts run on a manual clock: a phase times out exactly when the test advances it.</summary>
public sealed class CoordinatedShutdownFailureTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Run_PhaseTimesOutWithRecover_LogsLateTasksAndContinues()
    {
        using var kit = new Kit(string.Empty);
        var after = kit.AddStuckTasksAndMarker();

        var run = kit.Shutdown.Run(UnknownReason.Instance);
        await kit.StuckStarted.WaitAsync(Bound);
        kit.Time.Advance(TimeSpan.FromSeconds(5));
        await run.WaitAsync(Bound);

        var timedOut = Assert.Single(kit.Logs.WithId(1105));
        Assert.Equal(LogLevel.Warning, timedOut.Level);
        Assert.Equal(CoordinatedShutdown.PhaseServiceStop, timedOut.State["Phase"]);
        Assert.Equal("stuck, polite", timedOut.State["Tasks"]);
        Assert.True(after.Task.IsCompleted);
        await kit.Sys.WhenTerminated.WaitAsync(Bound);
    }

    [Fact]
    public async Task Run_PhaseTimesOutWithoutRecover_AbortsAndSkipsRemainingPhases()
    {
        using var kit = new Kit("actorchat.coordinated-shutdown.phases.service-stop.recover = off");
        var after = kit.AddStuckTasksAndMarker();

        var run = kit.Shutdown.Run(UnknownReason.Instance);
        await kit.StuckStarted.WaitAsync(Bound);
        kit.Time.Advance(TimeSpan.FromSeconds(5));

        var e = await Assert.ThrowsAsync<TimeoutException>(() => run.WaitAsync(Bound));
        Assert.Contains("[service-stop]", e.Message, StringComparison.Ordinal);
        Assert.Contains("stuck, polite", e.Message, StringComparison.Ordinal);
        Assert.Equal(LogLevel.Error, Assert.Single(kit.Logs.WithId(1105)).Level);
        Assert.Equal(CoordinatedShutdown.PhaseServiceStop, Assert.Single(kit.Logs.WithId(1102)).State["Phase"]);
        Assert.False(after.Task.IsCompleted);
        Assert.False(kit.Sys.WhenTerminated.IsCompleted);
        await kit.ForceTerminateAsync();
    }

    [Fact]
    public async Task Run_TaskThrowsWithRecover_LogsTaskNameAndContinues()
    {
        using var kit = new Kit(string.Empty);
        kit.Shutdown.AddTask(CoordinatedShutdown.PhaseServiceUnbind, "throws-sync", _ => throw new InvalidOperationException("boom"));
        kit.Shutdown.AddTask(CoordinatedShutdown.PhaseServiceUnbind, "faults", _ => Task.FromException(new InvalidOperationException("bang")));

        await kit.Shutdown.Run(UnknownReason.Instance).WaitAsync(Bound);

        var failed = kit.Logs.WithId(1106).ToList();
        Assert.Equal(["faults", "throws-sync"], failed.Select(r => (string)r.State["Task"]!).Order(StringComparer.Ordinal));
        Assert.All(failed, r => Assert.Equal(LogLevel.Warning, r.Level));
        await kit.Sys.WhenTerminated.WaitAsync(Bound);
    }

    [Fact]
    public async Task Run_TaskFailsWithoutRecover_RunFaultsWithTheFailure()
    {
        using var kit = new Kit("actorchat.coordinated-shutdown.phases.service-unbind.recover = off");
        var later = new TaskCompletionSource();
        kit.Shutdown.AddTask(CoordinatedShutdown.PhaseServiceUnbind, "fails", _ => Task.FromException(new InvalidOperationException("boom")));
        kit.Shutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "later", _ =>
        {
            later.SetResult();
            return Task.CompletedTask;
        });

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => kit.Shutdown.Run(UnknownReason.Instance).WaitAsync(Bound));

        Assert.Equal("boom", e.Message);
        Assert.Equal("fails", Assert.Single(kit.Logs.WithId(1106)).State["Task"]);
        Assert.False(later.Task.IsCompleted);
        await kit.ForceTerminateAsync();
    }

    [Fact]
    public async Task Run_ExitClr_ExitsWithZeroAfterTheSystemTerminated()
    {
        using var kit = new Kit("actorchat.coordinated-shutdown.exit-clr = on");
        var exit = new TaskCompletionSource<(int Code, bool Terminated)>(TaskCreationOptions.RunContinuationsAsynchronously);
        kit.Shutdown.ExitProcess = code => exit.TrySetResult((code, kit.Sys.WhenTerminated.IsCompleted));

        _ = kit.Shutdown.Run(ClrExitReason.Instance);

        Assert.Equal((0, true), await exit.Task.WaitAsync(Bound));
    }

    /// <summary>A system on a manual clock with a capturing logger; disposing terminates it.</summary>
    private sealed class Kit : ShutdownTestKit
    {
        private readonly TaskCompletionSource _stuckStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Kit(string hocon)
            : this(new ManualTimeProvider(), hocon)
        {
        }

        private Kit(ManualTimeProvider time, string hocon)
            : base(hocon, time) => Time = time;

        public ManualTimeProvider Time { get; }

        public Task StuckStarted => _stuckStarted.Task;

        /// <summary>service-stop gets a task that ignores its token and one that honours it; a later phase gets a marker.</summary>
        public TaskCompletionSource AddStuckTasksAndMarker()
        {
            var polite = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var started = new ConcurrentQueue<string>();
            Shutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "stuck", _ =>
            {
                Signal(started, "stuck");
                return new TaskCompletionSource().Task;
            });
            Shutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "polite", ct =>
            {
                Signal(started, "polite");
                return Task.Delay(Timeout.InfiniteTimeSpan, ct);
            });
            var after = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Shutdown.AddTask(CoordinatedShutdown.PhaseBeforeActorSystemTerminate, "after", _ =>
            {
                after.SetResult();
                return Task.CompletedTask;
            });
            return after;

            void Signal(ConcurrentQueue<string> queue, string name)
            {
                queue.Enqueue(name);
                if (queue.Count == 2)
                {
                    _stuckStarted.TrySetResult();
                }
            }
        }
    }
}
