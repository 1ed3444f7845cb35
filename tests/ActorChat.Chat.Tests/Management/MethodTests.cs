using System.Text.Json;
using ActorChat.Chat.Management.Logs;
using Microsoft.Extensions.Logging;
using static ActorChat.Chat.Tests.Management.CmdFixture;

namespace ActorChat.Chat.Tests.Management;

/// <summary>Every management method over a real socket against the real chat service.</summary>
public sealed class MethodTests : ActorChat.TestKit.TestKit
{
    [Fact]
    public async Task Palettes_Catalogue_ListsEveryPaletteCommandAndSwitch()
    {
        var cmd = await StartAsync(Sys);
        using var client = await cmd.ConnectAsync();

        var result = Result(await cmd.CallAsync(client, "palettes"));

        var palettes = result.GetProperty("palettes").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("commands"));
        Assert.Equal(["actor", "chat", "cluster", "log", "node"], palettes.Keys);
        Assert.Equal(["hierarchy", "system"], palettes["actor"].EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var kick = palettes["chat"].EnumerateArray().Single(c => c.GetProperty("name").GetString() == "kick");
        Assert.True(kick.GetProperty("confirm").GetBoolean());
        Assert.Equal(["-u", "--user"], kick.GetProperty("arguments")[0].GetProperty("switches").EnumerateArray().Select(s => s.GetString()));
        var tail = palettes["chat"].EnumerateArray().Single(c => c.GetProperty("name").GetString() == "tail");
        Assert.True(tail.GetProperty("streaming").GetBoolean());
    }

    [Fact]
    public async Task NodeInfo_Running_NameVersionUptimeAddressesMemoryDigest()
    {
        var cmd = await StartAsync(Sys);
        using var client = await cmd.ConnectAsync();

        var info = Result(await cmd.CallAsync(client, "node.info"));

        Assert.Equal("test-node", info.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(info.GetProperty("version").GetString()));
        Assert.True(info.GetProperty("uptimeSeconds").GetDouble() >= 0);
        Assert.Equal(cmd.Chat.Endpoint.ToString(), info.GetProperty("addresses").GetProperty("chat").GetString());
        Assert.Equal(cmd.Cmd.Endpoint.ToString(), info.GetProperty("addresses").GetProperty("cmd").GetString());
        Assert.StartsWith("sha256:", info.GetProperty("configDigest").GetString(), StringComparison.Ordinal);
        var memory = info.GetProperty("memory");
        Assert.True(memory.GetProperty("workingSetBytes").GetInt64() > 0);
        Assert.True(memory.GetProperty("heapCommittedBytes").GetInt64() >= 0, "as of the last GC: 0 before the first");
        Assert.Equal(3, memory.GetProperty("gcCollections").GetArrayLength());
    }

    [Fact]
    public async Task NodeConfig_Secrets_Masked()
    {
        var cmd = await StartAsync(Sys, "actorchat.cmd.token = s3cret");
        using var client = await cmd.ConnectAsync();
        await cmd.CallAsync(client, "auth", new { token = "s3cret" });

        var all = Result(await cmd.CallAsync(client, "node.config")).GetProperty("config").GetRawText();
        var section = Result(await cmd.CallAsync(client, "node.config", new { path = "actorchat.cmd" })).GetProperty("config");
        var leaf = Result(await cmd.CallAsync(client, "node.config", new { path = "actorchat.remote.secret" })).GetProperty("config");

        Assert.DoesNotContain("s3cret", all, StringComparison.Ordinal);
        Assert.DoesNotContain("hush", all, StringComparison.Ordinal);
        Assert.Equal("********", section.GetProperty("token").GetString());
        Assert.Equal(0, section.GetProperty("port").GetInt32());
        Assert.Equal("********", leaf.GetString());
    }

    [Fact]
    public async Task NodeConfig_UnknownPath_CommandError()
    {
        var cmd = await StartAsync(Sys);
        using var client = await cmd.ConnectAsync();

        Assert.Equal(-32000, Error(await cmd.CallAsync(client, "node.config", new { path = "actorchat.nope" })).Code);
    }

    [Fact]
    public async Task NodeShutdown_Called_RepliesThenRequestsShutdown()
    {
        var cmd = await StartAsync(Sys);
        using var client = await cmd.ConnectAsync();

        Assert.True(Result(await cmd.CallAsync(client, "node.shutdown")).GetProperty("shuttingDown").GetBoolean());

        await AwaitAssertAsync(() => Assert.Equal(1, cmd.ShutdownRequests));
    }

    [Fact]
    public async Task ActorSystem_Running_NameAndAddress()
    {
        var cmd = await StartAsync(Sys);
        using var client = await cmd.ConnectAsync();

        var result = Result(await cmd.CallAsync(client, "actor.system"));

        Assert.Equal(Sys.Name, result.GetProperty("name").GetString());
        Assert.Equal(Sys.Address.ToString(), result.GetProperty("address").GetString());
    }

    [Fact]
    public async Task ActorHierarchy_Default_SortedTreeWithMailboxes()
    {
        var cmd = await StartAsync(Sys);
        using var client = await cmd.ConnectAsync();

        var root = Result(await cmd.CallAsync(client, "actor.hierarchy")).GetProperty("root");
        var again = Result(await cmd.CallAsync(client, "actor.hierarchy")).GetProperty("root");
        var shallow = Result(await cmd.CallAsync(client, "actor.hierarchy", new { depth = 0, start = "/user/chat" })).GetProperty("root");

        Assert.Equal("/user", root.GetProperty("path").GetString());
        var names = root.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Contains("chat", names);
        Assert.Contains("cmd", names);
        Assert.Equal(Paths(root), Paths(again));
        Assert.Equal(0, shallow.GetProperty("children").GetArrayLength());
        Assert.Equal(2, shallow.GetProperty("childCount").GetInt32());
        Assert.True(shallow.GetProperty("mailbox").GetInt32() >= 0);
    }

    [Fact]
    public async Task ActorHierarchy_NoSuchPath_CommandError()
    {
        var cmd = await StartAsync(Sys);
        using var client = await cmd.ConnectAsync();

        Assert.Equal(-32000, Error(await cmd.CallAsync(client, "actor.hierarchy", new { start = "/user/nope" })).Code);
    }

    [Fact]
    public async Task ChatWho_TwoUsers_SortedWithRemoteAndIdle()
    {
        var cmd = await StartAsync(Sys);
        using var bob = await cmd.LoginChatAsync("bob");
        using var alice = await cmd.LoginChatAsync("alice");
        using var client = await cmd.ConnectAsync();

        var users = Result(await cmd.CallAsync(client, "chat.who")).GetProperty("users").EnumerateArray().ToList();

        Assert.Equal(["alice", "bob"], users.Select(u => u.GetProperty("name").GetString()));
        Assert.All(users, u => Assert.StartsWith("127.0.0.1:", u.GetProperty("remote").GetString(), StringComparison.Ordinal));
        Assert.All(users, u => Assert.True(u.GetProperty("idleSeconds").GetDouble() >= 0));
    }

    [Fact]
    public async Task ChatStats_AfterTraffic_CountsMessagesDeliveriesErrors()
    {
        var cmd = await StartAsync(Sys);
        using var alice = await cmd.LoginChatAsync("alice");
        using var bob = await cmd.LoginChatAsync("bob");
        await alice.SendAsync("bob, carol: hi");
        Assert.Equal("from alice: hi", await bob.ReadLineAsync());
        Assert.Equal("error: unknown user carol", await alice.ReadLineAsync());
        using var client = await cmd.ConnectAsync();

        var stats = Result(await cmd.CallAsync(client, "chat.stats"));

        Assert.Equal(2, stats.GetProperty("clients").GetInt64());
        Assert.Equal(1, stats.GetProperty("messagesIn").GetInt64());
        Assert.Equal(1, stats.GetProperty("deliveries").GetInt64());
        Assert.Equal(1, stats.GetProperty("errors").GetInt64());
        Assert.Equal(0, stats.GetProperty("slowConsumerEvictions").GetInt64());
        Assert.True(stats.GetProperty("messagesInPerSecond").GetDouble() >= 0);
        Assert.True(stats.TryGetProperty("deadLetters", out _));
    }

    [Fact]
    public async Task ChatSend_KnownAndUnknown_DeliversAndReportsUnknown()
    {
        var cmd = await StartAsync(Sys);
        using var bob = await cmd.LoginChatAsync("bob");
        using var client = await cmd.ConnectAsync();

        var result = Result(await cmd.CallAsync(client, "chat.send", new { to = "bob,zed", message = "maintenance at 5" }));
        var none = Error(await cmd.CallAsync(client, "chat.send", new { to = new[] { "zed" }, message = "x" }));

        Assert.Equal("from @operator: maintenance at 5", await bob.ReadLineAsync());
        Assert.Equal(["bob"], result.GetProperty("delivered").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["zed"], result.GetProperty("unknown").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(-32000, none.Code);
    }

    [Fact]
    public async Task ChatKick_LoggedInUser_ToldAndDisconnected()
    {
        var cmd = await StartAsync(Sys);
        using var bob = await cmd.LoginChatAsync("bob");
        using var client = await cmd.ConnectAsync();

        Assert.Equal("bob", Result(await cmd.CallAsync(client, "chat.kick", new { user = "bob" })).GetProperty("kicked").GetString());
        Assert.Equal(-32000, Error(await cmd.CallAsync(client, "chat.kick", new { user = "nobody" })).Code);

        Assert.Equal("error: kicked by operator", await bob.ReadLineAsync());
        Assert.Null(await bob.ReadLineAsync());
    }

    [Fact]
    public async Task ChatTail_Subscribed_StreamsMessagesUntilCancelled()
    {
        var cmd = await StartAsync(Sys);
        using var alice = await cmd.LoginChatAsync("alice");
        using var bob = await cmd.LoginChatAsync("bob");
        using var client = await cmd.ConnectAsync();

        var subscription = Result(await cmd.CallAsync(client, "chat.tail")).GetProperty("subscription").GetInt64();
        await alice.SendAsync("bob: one");
        var note = await ReadJsonAsync(client);
        Assert.Equal("chat.tail", note.GetProperty("method").GetString());
        var message = note.GetProperty("params").GetProperty("message");
        Assert.Equal(("alice", "one"), (message.GetProperty("from").GetString(), message.GetProperty("text").GetString()));

        Assert.Equal(subscription, Result(await cmd.CallAsync(client, "cancel", new { subscription })).GetProperty("cancelled").GetInt64());
        await alice.SendAsync("bob: two");
        Assert.Equal("from alice: one", await bob.ReadLineAsync());
        Assert.Equal("from alice: two", await bob.ReadLineAsync());

        // No notification for "two": the next line is the reply to ping.
        Assert.Equal("pong", Result(await cmd.CallAsync(client, "ping")).GetString());
        Assert.Equal(-32602, Error(await cmd.CallAsync(client, "cancel", new { subscription })).Code);
    }

    [Fact]
    public async Task LogPeek_LevelFilter_NewestEntriesAtOrAboveLevel()
    {
        var cmd = await StartAsync(Sys);
        Log(cmd, LogLevel.Debug, "quiet");
        Log(cmd, LogLevel.Warning, "loud 1");
        Log(cmd, LogLevel.Warning, "loud 2");
        using var client = await cmd.ConnectAsync();

        var entries = Result(await cmd.CallAsync(client, "log.peek", new { count = 1, level = "warning" })).GetProperty("entries");
        var all = Result(await cmd.CallAsync(client, "log.peek", new { level = "debug" })).GetProperty("entries");

        Assert.Equal(["loud 2"], entries.EnumerateArray().Select(e => e.GetProperty("message").GetString()));
        Assert.Contains("quiet", all.EnumerateArray().Select(e => e.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task LogTail_Subscribed_StreamsNewEntries()
    {
        var cmd = await StartAsync(Sys);
        using var client = await cmd.ConnectAsync();
        Result(await cmd.CallAsync(client, "log.tail", new { level = "warning" }));

        Log(cmd, LogLevel.Information, "skipped");
        Log(cmd, LogLevel.Error, "streamed");

        var note = await ReadJsonAsync(client);
        Assert.Equal("log.tail", note.GetProperty("method").GetString());
        Assert.Equal("streamed", note.GetProperty("params").GetProperty("entry").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Cluster_SingleNode_ShowAndStatusNameThisNode()
    {
        var cmd = await StartAsync(Sys);
        using var client = await cmd.ConnectAsync();

        var show = Result(await cmd.CallAsync(client, "cluster.show"));
        var status = Result(await cmd.CallAsync(client, "cluster.status"));

        Assert.Equal(1, show.GetProperty("count").GetInt32());
        Assert.Equal("test-node", show.GetProperty("members")[0].GetProperty("node").GetString());
        Assert.Equal("up", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SendRecv_DchatParity_RecvReturnsMessagesSinceLastRecv()
    {
        var cmd = await StartAsync(Sys);
        using var bob = await cmd.LoginChatAsync("bob");
        using var client = await cmd.ConnectAsync();

        Assert.Equal(0, Result(await cmd.CallAsync(client, "recv")).GetProperty("messages").GetArrayLength());
        Result(await cmd.CallAsync(client, "send", new { to = "bob", message = "hello" }));
        Assert.Equal("from @operator: hello", await bob.ReadLineAsync());

        JsonElement messages = default;
        await AwaitAssertAsync(async () =>
        {
            messages = Result(await cmd.CallAsync(client, "recv")).GetProperty("messages");
            Assert.Equal(1, messages.GetArrayLength());
        });
        Assert.Equal("hello", messages[0].GetProperty("text").GetString());
    }

    private static void Log(CmdFixture cmd, LogLevel level, string message) =>
        new LogRingProvider(cmd.Logs).CreateLogger("test").Log(level, new EventId(1), message, null, (m, _) => m);

    private static List<string> Paths(JsonElement node) =>
        [node.GetProperty("path").GetString()!, .. node.GetProperty("children").EnumerateArray().SelectMany(Paths)];
}
