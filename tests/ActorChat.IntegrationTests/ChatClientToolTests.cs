using System.Globalization;

namespace ActorChat.IntegrationTests;

/// <summary>actorchat-client as a process against a real node.</summary>
public sealed class ChatClientToolTests
{
    [Fact]
    public async Task Client_StdinLinesThenEof_SendsThemAndExits0()
    {
        using var node = await NodeProcess.StartAsync();
        using var bob = await ChatClient.LoginAsync(node.Port, "bob");

        var run = await ToolRun.ClientAsync("bob: hi bob\n", Endpoint(node.Port), "alice");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("from alice: hi bob", await bob.ReadLineAsync());
        Assert.Equal("info: welcome alice", run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]);
    }

    [Fact]
    public async Task Client_ServerShutsDown_PrintsNoticeAndExits0()
    {
        using var node = await NodeProcess.StartAsync();
        using var process = ToolRun.Start("ClientPath", Endpoint(node.Port), "carol");
        Assert.Equal("info: welcome carol", await process.StandardOutput.ReadLineAsync().WaitAsync(NodeProcess.Bound));

        await node.SignalAsync("TERM");

        Assert.Equal("info: server shutting down", await process.StandardOutput.ReadLineAsync().WaitAsync(NodeProcess.Bound));
        await process.WaitForExitAsync().WaitAsync(NodeProcess.Bound);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task Client_NameTaken_ServerErrorAndNonZero()
    {
        using var node = await NodeProcess.StartAsync();
        using var dave = await ChatClient.LoginAsync(node.Port, "dave");

        var run = await ToolRun.ClientAsync(null, Endpoint(node.Port), "dave");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("error: name taken", run.Stderr, StringComparison.Ordinal);
    }

    private static string Endpoint(int port) => "127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
}
