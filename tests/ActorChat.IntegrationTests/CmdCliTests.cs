using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace ActorChat.IntegrationTests;

/// <summary>actorchat-cmd as a process against a real node (chat and cmd on port 0).</summary>
public sealed class CmdCliTests
{
    [Fact]
    public async Task OneShot_NodeInfoJson_StableSchemaAndExit0()
    {
        using var node = await NodeProcess.StartAsync();

        var run = await ToolRun.CmdAsync(Endpoint(node.CmdPort), "node", "info", "-o", "json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("actorchat-cmd/1", root.GetProperty("schema").GetString());
        Assert.Equal("node info", root.GetProperty("command").GetString());
        Assert.True(root.GetProperty("ok").GetBoolean());
        var result = root.GetProperty("result");
        Assert.Equal("node1", result.GetProperty("name").GetString());
        Assert.Equal("127.0.0.1:" + node.Port.ToString(CultureInfo.InvariantCulture), result.GetProperty("addresses").GetProperty("chat").GetString());
        Assert.StartsWith("sha256:", result.GetProperty("configDigest").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneShot_ChatWhoPlainWhenPiped_OneLinePerUser()
    {
        using var node = await NodeProcess.StartAsync();
        using var alice = await ChatClient.LoginAsync(node.Port, "alice");

        var run = await ToolRun.CmdAsync(Endpoint(node.CmdPort), "chat", "who");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Stdout.Split('\n'), l => l.StartsWith("alice | ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OneShot_KickUnknownUser_JsonErrorAndExit1()
    {
        using var node = await NodeProcess.StartAsync();

        var run = await ToolRun.CmdAsync(Endpoint(node.CmdPort), "chat", "kick", "-u", "ghost", "--yes", "-o", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(-32000, json.RootElement.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task OneShot_KickWithoutYesAndNoTerminal_RefusedExit1AndUserStays()
    {
        using var node = await NodeProcess.StartAsync();
        using var bob = await ChatClient.LoginAsync(node.Port, "bob");

        var run = await ToolRun.CmdAsync(Endpoint(node.CmdPort), "chat", "kick", "-u", "bob");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--yes", run.Stderr, StringComparison.Ordinal);
        await bob.SendAsync("bob: still here");
        Assert.Equal("from bob: still here", await bob.ReadLineAsync());
    }

    [Fact]
    public async Task OneShot_UnknownCommandOrBadSwitch_Exit1()
    {
        using var node = await NodeProcess.StartAsync();

        var unknown = await ToolRun.CmdAsync(Endpoint(node.CmdPort), "chat", "dance");
        var badSwitch = await ToolRun.CmdAsync(Endpoint(node.CmdPort), "actor", "hierarchy", "-d", "deep");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal(1, badSwitch.ExitCode);
        Assert.Contains("-d", badSwitch.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneShot_NothingListening_Exit2()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        var run = await ToolRun.CmdAsync(Endpoint(port), "node", "info");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot connect", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneShot_ServerNeverAnswers_Exit3()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepting = silent.AcceptTcpClientAsync();

        var run = await ToolRun.CmdAsync(Endpoint(((IPEndPoint)silent.LocalEndpoint).Port), "node", "info", "--timeout", "1");

        Assert.Equal(3, run.ExitCode);
        (await accepting).Dispose();
    }

    [Fact]
    public async Task Token_MissingOrWrong_RefusedExit1_RightTokenWorks()
    {
        using var node = await NodeProcess.StartAsync("--set", "actorchat.cmd.token=let-me-in");

        var missing = await ToolRun.CmdAsync(Endpoint(node.CmdPort), "node", "info");
        var wrong = await ToolRun.CmdAsync(Endpoint(node.CmdPort), "node", "info", "--token", "guess");
        var right = await ToolRun.CmdAsync(Endpoint(node.CmdPort), "node", "config", "-p", "actorchat.cmd", "--token", "let-me-in", "-o", "json");

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("unauthorized", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, wrong.ExitCode);
        Assert.True(right.ExitCode == 0, right.Stderr);
        Assert.DoesNotContain("let-me-in", right.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatTail_CountOne_PrintsTheMessageAsJsonItem()
    {
        using var node = await NodeProcess.StartAsync();
        using var alice = await ChatClient.LoginAsync(node.Port, "alice");
        using var bob = await ChatClient.LoginAsync(node.Port, "bob");

        var tail = ToolRun.CmdAsync(Endpoint(node.CmdPort), "chat", "tail", "--count", "1", "-o", "json");

        // Keep sending until the tail has subscribed and seen one (it may start after the first send).
        var i = 0;
        while (!tail.IsCompleted && i < 200)
        {
            await alice.SendAsync("bob: tick " + i++);
            Assert.StartsWith("from alice: tick", await bob.ReadLineAsync(), StringComparison.Ordinal);
            await Task.WhenAny(tail, Task.Delay(100));
        }

        var run = await tail;
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout.Trim());
        var item = json.RootElement.GetProperty("item");
        Assert.Equal("alice", item.GetProperty("from").GetString());
        Assert.StartsWith("tick", item.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NodeShutdown_Yes_NodeExits0()
    {
        using var node = await NodeProcess.StartAsync();

        var run = await ToolRun.CmdAsync(Endpoint(node.CmdPort), "node", "shutdown", "--yes", "-o", "json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(0, await node.WaitForExitAsync());
    }

    private static string Endpoint(int port) => "127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
}
