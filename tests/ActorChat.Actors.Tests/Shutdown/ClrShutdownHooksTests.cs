using System.Runtime.InteropServices;
using ActorChat.Actors.Shutdown;

namespace ActorChat.Actors.Tests.Shutdown;

/// <summary>
/// The hook logic without touching the test process's real signals: hooks are created, not installed
/// (the process-level tests in ActorChat.Hosting.Tests send real signals to a child process).
/// </summary>
public sealed class ClrShutdownHooksTests : ShutdownTestKit
{
    [Fact]
    public async Task Signal_First_StartsRunWithClrExitReason_SecondWhileRunning_ExitsAtOnce()
    {
        var exit = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Shutdown.ExitProcess = code => exit.TrySetResult(code);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Shutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "slow", async ct =>
        {
            entered.SetResult();
            await release.Task.WaitAsync(ct);
        });
        var hooks = new ClrShutdownHooks(Shutdown);

        Assert.True(hooks.HandleSignal(PosixSignal.SIGTERM));
        await entered.Task.WaitAsync(Bound);
        Assert.Same(ClrExitReason.Instance, Shutdown.ShutdownReason);
        Assert.False(exit.Task.IsCompleted);

        Assert.True(hooks.HandleSignal(PosixSignal.SIGINT));
        Assert.Equal(130, await exit.Task.WaitAsync(Bound));

        release.SetResult();
        await Shutdown.WhenCompleted.WaitAsync(Bound);
        Assert.False(hooks.HandleSignal(PosixSignal.SIGTERM));
    }

    [Fact]
    public void Signal_AfterDispose_LeavesTheDefaultAction()
    {
        var hooks = new ClrShutdownHooks(Shutdown);
        hooks.Dispose();

        Assert.False(hooks.HandleSignal(PosixSignal.SIGTERM));
        Assert.Null(Shutdown.ShutdownReason);
    }

    [Theory]
    [InlineData(PosixSignal.SIGINT, 130)]
    [InlineData(PosixSignal.SIGQUIT, 131)]
    [InlineData(PosixSignal.SIGTERM, 143)]
    public void ExitCodeFor_Signal_Is128PlusSignalNumber(PosixSignal signal, int code) =>
        Assert.Equal(code, ClrShutdownHooks.ExitCodeFor(signal));

    [Fact]
    public async Task ProcessExit_RunsShutdownAndWaitsForIt()
    {
        var ran = false;
        Shutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "work", async ct =>
        {
            await Task.Delay(50, ct);
            ran = true;
        });
        var hooks = new ClrShutdownHooks(Shutdown);

        // The process-exit handler is synchronous by contract; run it off the test thread.
        await Task.Run(hooks.RunOnProcessExit).WaitAsync(Bound);

        Assert.True(ran);
        Assert.True(Shutdown.WhenCompleted.IsCompletedSuccessfully);
        Assert.Same(ClrExitReason.Instance, Shutdown.ShutdownReason);
    }

    [Fact]
    public async Task Hooks_InstalledBySystem_RemovedWhenSystemTerminates()
    {
        var system = ActorSystem.Create("hooked", "actorchat.coordinated-shutdown.run-by-clr-shutdown-hook = on");
        var shutdown = CoordinatedShutdown.Get(system);

        await system.Terminate().WaitAsync(Bound);

        Assert.Same(ActorSystemTerminateReason.Instance, shutdown.ShutdownReason);
        Assert.True(shutdown.WhenCompleted.IsCompletedSuccessfully);
    }
}
