using System.Diagnostics;

namespace ActorChat.IntegrationTests;

public sealed class SecondSignalTests
{
    // The slow phase: service-stop waits for a recipient that never reads. Its timeout is set far
    // above the exit bound below, so an exit within the bound can only be the second signal's doing.
    private static readonly TimeSpan SlowPhase = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan ExitBound = TimeSpan.FromSeconds(20);

    // 2,000 lines of ~4 KB (8 MB) is well past what the loopback socket can hold with the recipient's
    // receive buffer pinned small (the node's send buffer autotunes to at most 4 MB), so the node
    // still holds output for it when shutdown starts.
    private const int Lines = 2_000;

    [Fact]
    public async Task SecondSigint_DuringSlowServiceStop_ExitsAtOnceWithCode130()
    {
        using var node = await NodeProcess.StartAsync(
            "--set", $"actorchat.coordinated-shutdown.phases.service-stop.timeout={(int)SlowPhase.TotalSeconds}s",
            "--set", "actorchat.chat.outbound-buffer-limit=64MiB");
        using var recipient = await ChatClient.LoginAsync(node.Port, "slowpoke", receiveBufferSize: 4096);
        using var sender = await ChatClient.LoginAsync(node.Port, "sender");

        var payload = new string('x', 4000);
        for (var i = 0; i < Lines; i++)
        {
            await sender.SendAsync("slowpoke: " + payload);
        }

        // The broker routes one sender's lines in order: once this comes back, all are queued.
        await sender.SendAsync("sender: done");
        Assert.Equal("from sender: done", await sender.ReadLineAsync());

        await node.SignalAsync("INT");

        // The sender is closed in service-stop, so at its EOF that phase is running; the recipient
        // still holds it up (nobody reads), so the node has not exited.
        Assert.Equal(["info: server shutting down"], await sender.ReadToEndAsync());
        Assert.False(node.HasExited, "the node exited before the second signal:\n" + node.Stdout);

        var clock = Stopwatch.StartNew();
        await node.SignalAsync("INT");
        Assert.Equal(130, await node.WaitForExitAsync());
        Assert.True(clock.Elapsed < ExitBound, $"exit took {clock.Elapsed} after the second SIGINT");
    }
}
