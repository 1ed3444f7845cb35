using static ActorChat.Chat.Tests.Management.CmdFixture;

namespace ActorChat.Chat.Tests.Management;

/// <summary>Bad input on a real management socket: error replies, the connection stays usable except where it must close.</summary>
public sealed class RpcProtocolTests : ActorChat.TestKit.TestKit
{
    [Fact]
    public async Task Request_MalformedJson_ParseErrorAndConnectionStaysUsable()
    {
        var cmd = await StartAsync(Sys);
        using var client = await cmd.ConnectAsync();

        await client.SendAsync("{not json");
        Assert.Equal(-32700, Error(await ReadJsonAsync(client)).Code);
        await client.SendAsync("[1,2]");
        Assert.Equal(-32600, Error(await ReadJsonAsync(client)).Code);
        await client.SendAsync("{\"jsonrpc\":\"1.0\",\"id\":7,\"method\":\"ping\"}");
        var wrongVersion = await ReadJsonAsync(client);
        Assert.Equal((-32600, 7), (Error(wrongVersion).Code, wrongVersion.GetProperty("id").GetInt32()));

        Assert.Equal("pong", Result(await cmd.CallAsync(client, "ping")).GetString());
    }

    [Fact]
    public async Task Request_UnknownMethod_MethodNotFoundNamingIt()
    {
        var cmd = await StartAsync(Sys);
        using var client = await cmd.ConnectAsync();

        var (code, message) = Error(await cmd.CallAsync(client, "chat.nope"));

        Assert.Equal(-32601, code);
        Assert.Contains("chat.nope", message, StringComparison.Ordinal);
        Assert.Equal("pong", Result(await cmd.CallAsync(client, "ping")).GetString());
    }

    [Theory]
    [InlineData("actor.hierarchy", "{\"depth\":\"deep\"}", "depth")]
    [InlineData("actor.hierarchy", "{\"depth\":-1}", "depth")]
    [InlineData("actor.hierarchy", "{\"start\":\"user\"}", "start")]
    [InlineData("chat.send", "{\"message\":\"hi\"}", "to")]
    [InlineData("chat.send", "{\"to\":\"bob\"}", "message")]
    [InlineData("chat.send", "{\"to\":\"b@d\",\"message\":\"hi\"}", "to")]
    [InlineData("chat.kick", "{}", "user")]
    [InlineData("log.peek", "{\"level\":\"loud\"}", "level")]
    [InlineData("log.peek", "{\"count\":0}", "count")]
    [InlineData("node.info", "{\"verbose\":true}", "verbose")]
    [InlineData("cancel", "{}", "subscription")]
    [InlineData("ping", "[1]", "params")]
    public async Task Request_BadParams_InvalidParamsNamingTheParameter(string method, string parameters, string name)
    {
        var cmd = await StartAsync(Sys);
        using var client = await cmd.ConnectAsync();

        await client.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"{method}\",\"params\":{parameters}}}");
        var (code, message) = Error(await ReadJsonAsync(client));

        Assert.Equal(-32602, code);
        Assert.Contains("'" + name + "'", message, StringComparison.Ordinal);
        Assert.Equal("pong", Result(await cmd.CallAsync(client, "ping")).GetString());
    }

    [Fact]
    public async Task Request_OversizedLine_ErrorThenClose()
    {
        var cmd = await StartAsync(Sys, "actorchat.cmd.max-request-length = 1KiB");
        using var client = await cmd.ConnectAsync();

        await client.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":\"" + new string('x', 4000) + "\"}}");

        Assert.Equal(-32002, Error(await ReadJsonAsync(client)).Code);
        Assert.Null(await client.ReadLineAsync());
    }

    [Fact]
    public async Task Requests_Pipelined_RepliesInOrder()
    {
        var cmd = await StartAsync(Sys);
        using var client = await cmd.ConnectAsync();

        await client.SendAsync(string.Join('\n', Enumerable.Range(1, 20).Select(i => $"{{\"jsonrpc\":\"2.0\",\"id\":{i},\"method\":\"ping\"}}")));

        for (var i = 1; i <= 20; i++)
        {
            Assert.Equal(i, (await ReadJsonAsync(client)).GetProperty("id").GetInt32());
        }
    }

    [Fact]
    public async Task Token_FirstCallNotAuth_UnauthorizedThenClose()
    {
        var cmd = await StartAsync(Sys, "actorchat.cmd.token = s3cret");
        using var client = await cmd.ConnectAsync();

        Assert.Equal(-32001, Error(await cmd.CallAsync(client, "node.info")).Code);
        Assert.Null(await client.ReadLineAsync());
    }

    [Fact]
    public async Task Token_WrongToken_UnauthorizedThenClose()
    {
        var cmd = await StartAsync(Sys, "actorchat.cmd.token = s3cret");
        using var client = await cmd.ConnectAsync();

        Assert.Equal(-32001, Error(await cmd.CallAsync(client, "auth", new { token = "guess" })).Code);
        Assert.Null(await client.ReadLineAsync());
    }

    [Fact]
    public async Task Token_RightToken_MethodsAllowed()
    {
        var cmd = await StartAsync(Sys, "actorchat.cmd.token = s3cret");
        using var client = await cmd.ConnectAsync();

        Assert.True(Result(await cmd.CallAsync(client, "auth", new { token = "s3cret" })).GetProperty("authenticated").GetBoolean());
        Assert.Equal("test-node", Result(await cmd.CallAsync(client, "node.info")).GetProperty("name").GetString());
    }
}
