using System.Globalization;

namespace ActorChat.IntegrationTests;

/// <summary>Connections ending every way (client EOF, half-close, kick, CLI one-shots, shutdown) leave no dead letters in the node log.</summary>
public sealed class NodeLogTests
{
    [Fact]
    public async Task ConnectionsEndingEveryWay_NoDeadLetterInNodeLog()
    {
        using var node = await NodeProcess.StartAsync();
        var endpoint = "127.0.0.1:" + node.CmdPort.ToString(CultureInfo.InvariantCulture);
        using (var alice = await ChatClient.LoginAsync(node.Port, "alice"))
        {
            alice.ShutdownSend();
            await alice.ReadToEndAsync();
        }

        using var bob = await ChatClient.LoginAsync(node.Port, "bob");
        var kick = await ToolRun.CmdAsync(endpoint, "chat", "kick", "-u", "bob", "--yes");
        Assert.True(kick.ExitCode == 0, kick.Stderr);
        await bob.ReadToEndAsync();
        using var carol = await ChatClient.LoginAsync(node.Port, "carol");

        var shutdown = await ToolRun.CmdAsync(endpoint, "node", "shutdown", "--yes");

        Assert.True(shutdown.ExitCode == 0, shutdown.Stderr);
        Assert.Equal(0, await node.WaitForExitAsync());
        Assert.DoesNotContain("dead letters encountered", node.Stdout + node.Stderr, StringComparison.Ordinal);
    }
}
