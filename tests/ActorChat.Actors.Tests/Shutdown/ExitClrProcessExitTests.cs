using ActorChat.Actors.Shutdown;

namespace ActorChat.Actors.Tests.Shutdown;

public sealed class ExitClrProcessExitTests : ShutdownTestKit
{
    public ExitClrProcessExitTests()
        : base("actorchat.coordinated-shutdown.exit-clr = on")
    {
    }

    [Fact]
    public async Task ProcessExit_WithExitClr_DoesNotExitAgain()
    {
        var exits = 0;
        Shutdown.ExitProcess = _ => Interlocked.Increment(ref exits);
        var hooks = new ClrShutdownHooks(Shutdown);

        await Task.Run(hooks.RunOnProcessExit).WaitAsync(Bound);
        await Sys.WhenTerminated.WaitAsync(Bound);

        Assert.True(Shutdown.WhenCompleted.IsCompletedSuccessfully);
        Assert.Equal(0, Volatile.Read(ref exits));
    }
}
