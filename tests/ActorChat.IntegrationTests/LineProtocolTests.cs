using System.Text;

namespace ActorChat.IntegrationTests;

/// <summary>The line protocol of ARCHITECTURE.md §6 against the real node (max-line-length = 64).</summary>
public sealed class LineProtocolTests(NodeFixture node) : IClassFixture<NodeFixture>
{
    [Fact]
    public async Task Login_ValidName_Welcomed()
    {
        using var client = await ChatClient.LoginAsync(node.Port, "p1.user_A-9");
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("comma,name")]
    [InlineData("colon:name")]
    [InlineData("名前")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789")]
    public async Task Login_InvalidName_ErrorThenClose(string name)
    {
        using var client = await ChatClient.ConnectAsync(node.Port);
        await client.SendAsync(name);
        Assert.Equal(["error: invalid name"], await client.ReadToEndAsync());
    }

    [Fact]
    public async Task Login_NameTaken_ErrorThenCloseAndFirstSessionUnaffected()
    {
        using var first = await ChatClient.LoginAsync(node.Port, "p2dup");
        using var second = await ChatClient.ConnectAsync(node.Port);
        await second.SendAsync("p2dup");
        Assert.Equal(["error: name taken"], await second.ReadToEndAsync());

        await first.SendAsync("p2dup: still me");
        Assert.Equal("from p2dup: still me", await first.ReadLineAsync());
    }

    [Fact]
    public async Task Send_MultipleRecipientsAndDuplicates_EachGetsItOnce()
    {
        using var alice = await ChatClient.LoginAsync(node.Port, "p3alice");
        using var bob = await ChatClient.LoginAsync(node.Port, "p3bob");
        using var carol = await ChatClient.LoginAsync(node.Port, "p3carol");

        await alice.SendAsync("p3bob, p3carol ,p3bob:   hi: there  ");
        await alice.SendAsync("p3bob: second");
        Assert.Equal("from p3alice: hi: there", await bob.ReadLineAsync());
        Assert.Equal("from p3alice: second", await bob.ReadLineAsync());
        Assert.Equal("from p3alice: hi: there", await carol.ReadLineAsync());
    }

    [Fact]
    public async Task Send_ToSelf_Delivered()
    {
        using var alice = await ChatClient.LoginAsync(node.Port, "p4self");
        await alice.SendAsync("p4self: note");
        Assert.Equal("from p4self: note", await alice.ReadLineAsync());
    }

    [Fact]
    public async Task Send_UnknownRecipient_ErrorToSenderOthersStillGetIt()
    {
        using var alice = await ChatClient.LoginAsync(node.Port, "p5alice");
        using var bob = await ChatClient.LoginAsync(node.Port, "p5bob");
        await alice.SendAsync("p5ghost, p5bob: hello");
        Assert.Equal("error: unknown user p5ghost", await alice.ReadLineAsync());
        Assert.Equal("from p5alice: hello", await bob.ReadLineAsync());
    }

    [Theory]
    [InlineData("no colon here", "error: expected 'name1, name2: text' (no ':' found)")]
    [InlineData("p6bad:", "error: expected 'name1, name2: text' (no text after ':')")]
    [InlineData("p6bad:    ", "error: expected 'name1, name2: text' (no text after ':')")]
    [InlineData(" , : text", "error: expected 'name1, name2: text' (no recipient before ':')")]
    public async Task Send_MalformedLine_ErrorAndConnectionStaysOpen(string line, string error)
    {
        using var client = await ChatClient.LoginAsync(node.Port, "p6bad");
        await client.SendAsync(line);
        Assert.Equal(error, await client.ReadLineAsync());
        await client.SendAsync("p6bad: ok");
        Assert.Equal("from p6bad: ok", await client.ReadLineAsync());
    }

    [Fact]
    public async Task Send_LineOverMaxLength_ErrorLineDroppedConnectionUsable()
    {
        using var client = await ChatClient.LoginAsync(node.Port, "p7long");

        // 10 KiB in one line: far more than the reader's 65-byte buffer, so it must resynchronise.
        await client.SendRawAsync(Encoding.UTF8.GetBytes("p7long: " + new string('x', 10_000) + "\np7long: after\n"));
        Assert.Equal("error: line too long", await client.ReadLineAsync());
        Assert.Equal("from p7long: after", await client.ReadLineAsync());
    }

    [Fact]
    public async Task Send_LineOfExactlyMaxLength_Accepted()
    {
        using var client = await ChatClient.LoginAsync(node.Port, "p8edge");
        var line = "p8edge: " + new string('y', 64 - 8);
        Assert.Equal(64, Encoding.UTF8.GetByteCount(line));
        await client.SendAsync(line + "\r");
        Assert.Equal("from p8edge: " + new string('y', 56), await client.ReadLineAsync());
    }

    [Fact]
    public async Task Send_InvalidUtf8_ErrorLineDroppedConnectionUsable()
    {
        using var client = await ChatClient.LoginAsync(node.Port, "p9utf");
        await client.SendRawAsync([.. "p9utf: "u8, 0xC3, 0x28, 0xFF, (byte)'\n']);
        Assert.Equal("error: invalid UTF-8", await client.ReadLineAsync());
        await client.SendAsync("p9utf: grüße");
        Assert.Equal("from p9utf: grüße", await client.ReadLineAsync());
    }

    [Fact]
    public async Task Send_CrLfLines_Accepted()
    {
        using var client = await ChatClient.ConnectAsync(node.Port);
        await client.SendRawAsync("p10crlf\r\np10crlf: hi\r\n"u8.ToArray());
        Assert.Equal("info: welcome p10crlf", await client.ReadLineAsync());
        Assert.Equal("from p10crlf: hi", await client.ReadLineAsync());
    }

    [Fact]
    public async Task Send_LinesInOnePacketBeforeWelcome_AllHandledInOrder()
    {
        using var client = await ChatClient.ConnectAsync(node.Port);
        await client.SendRawAsync("p11fast\np11fast: 1\np11fast: 2\n"u8.ToArray());
        Assert.Equal("info: welcome p11fast", await client.ReadLineAsync());
        Assert.Equal("from p11fast: 1", await client.ReadLineAsync());
        Assert.Equal("from p11fast: 2", await client.ReadLineAsync());
    }

    [Fact]
    public async Task Disconnect_ClientEof_NameFreedAndFastReloginWorks()
    {
        for (var round = 0; round < 20; round++)
        {
            var old = await ReloginAsync("p12re");
            old.Dispose();

            // The old session may not have ended yet: "name taken" is then correct, so retry (bounded).
            var fresh = await ReloginAsync("p12re");
            using (fresh)
            {
                // The stale session's Terminated must not evict the new one.
                using var other = await ChatClient.LoginAsync(node.Port, "p12other" + round);
                await other.SendAsync("p12re: r" + round);
                Assert.Equal("from p12other" + round + ": r" + round, await fresh.ReadLineAsync());
            }
        }
    }

    private async Task<ChatClient> ReloginAsync(string name)
    {
        var deadline = DateTime.UtcNow + NodeProcess.Bound;
        while (true)
        {
            var client = await ChatClient.ConnectAsync(node.Port);
            await client.SendAsync(name);
            var reply = await client.ReadLineAsync();
            if (reply == "info: welcome " + name)
            {
                return client;
            }

            client.Dispose();
            Assert.Equal("error: name taken", reply);
            Assert.True(DateTime.UtcNow < deadline, "name never freed");
            await Task.Delay(5);
        }
    }
}
