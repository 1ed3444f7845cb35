using System.Globalization;

namespace ActorChat.IntegrationTests;

/// <summary>The actorchat-cmd prompt as a process against a real node: under a pseudo-terminal and with piped stdin.</summary>
public sealed class CmdPromptTests
{
    private const string Ctrl_C = "\u0003";

    [Fact]
    public async Task Terminal_CompletionHistoryAndCtrlCStopsTailNotPrompt()
    {
        Assert.True(TerminalRun.Available, "util-linux script is needed for the pseudo-terminal");
        using var node = await NodeProcess.StartAsync();
        using var alice = await ChatClient.LoginAsync(node.Port, "alice");
        var endpoint = Endpoint(node.CmdPort);
        var prompt = $"[{endpoint}] actorchat> ";
        using var terminal = TerminalRun.StartCmd(endpoint);

        await terminal.WaitForAsync("connected to node1 at " + endpoint);
        await terminal.WaitForAsync(prompt);

        // Tab: a unique palette is completed, then the palette's commands are listed.
        await terminal.TypeAsync("no\t");
        await terminal.WaitForAsync(prompt + "node ");
        await terminal.TypeAsync("\t");
        await terminal.WaitForAsync("config  info  shutdown");
        await terminal.TypeAsync("info\r");
        await terminal.WaitForAsync("sha256:");
        await terminal.WaitForAsync(prompt);

        // A stream runs until Ctrl+C, which returns to the prompt instead of ending the tool.
        await terminal.TypeAsync("chat tail -o plain\r");
        // Keep sending until the stream shows one: the tail may subscribe after the first sends. The
        // loop is bounded by time, not count, because a count of fast round trips can all finish
        // before the subscription exists on a loaded machine.
        var i = 0;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!terminal.HasShownSinceLastMatch("tick") && DateTime.UtcNow < deadline)
        {
            await alice.SendAsync("alice: tick " + i++);
            Assert.StartsWith("from alice: tick", await alice.ReadLineAsync(), StringComparison.Ordinal);
            await Task.Delay(50);
        }

        await terminal.WaitForAsync("tick");
        await terminal.TypeAsync(Ctrl_C);
        await terminal.WaitForAsync(prompt);

        // Up twice: "chat tail -o plain", then "node info".
        await terminal.TypeAsync("\u001b[A\u001b[A\r");
        await terminal.WaitForAsync("sha256:");
        await terminal.WaitForAsync(prompt);
        await terminal.TypeAsync("exit\r");

        Assert.Equal(0, await terminal.WaitForExitAsync());
    }

    [Fact]
    public async Task PipedStdin_ReadsCommandsLineByLine_PrintsResults()
    {
        using var node = await NodeProcess.StartAsync();
        using var alice = await ChatClient.LoginAsync(node.Port, "alice");

        var run = await ToolRun.CmdWithInputAsync("chat who -o json\n\nhelp node\nnode nope\nchat kick -u ghost --yes\nexit\nnode info\n", Endpoint(node.CmdPort));

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("\"schema\":\"actorchat-cmd/1\"", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("alice", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("node shutdown", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("unknown command \"node nope\"", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("chat kick: ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("configDigest", run.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("actorchat> ", run.Stdout, StringComparison.Ordinal);
    }

    private static string Endpoint(int port) => "127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
}
