using System.Net.Sockets;
using System.Text;

namespace ActorChat.Chat.Tests.Connections;

/// <summary>The whole service with each way of reading client sockets (epoll thread, async receives).</summary>
public sealed class SocketReaderKindTests : ActorChat.TestKit.TestKit
{
    [Theory]
    [InlineData("epoll")]
    [InlineData("async")]
    public async Task RoundTrip_SplitOversizedAndUnknown_AllAnsweredInOrder(string kind)
    {
        var chat = await ChatServiceFixture.StartAsync(Sys, $"actorchat.chat {{ socket-reader = {kind}, max-line-length = 64 }}");
        using var alice = await LineClient.LoginAsync(chat.Endpoint, "alice");
        using var bob = await LineClient.LoginAsync(chat.Endpoint, "bob");

        // One line in two TCP segments: the reader keeps the partial line until its end arrives.
        using var raw = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await raw.ConnectAsync(chat.Endpoint);
        await raw.SendAsync(Encoding.ASCII.GetBytes("carol\nbob: hel"));
        using var carol = LineClient.FromSocket(raw);
        Assert.Equal("info: welcome carol", await carol.ReadLineAsync());
        await raw.SendAsync(Encoding.ASCII.GetBytes("lo\n"));
        Assert.Equal("from carol: hello", await bob.ReadLineAsync());

        await alice.SendAsync("bob: " + new string('x', 100));
        Assert.Equal("error: line too long", await alice.ReadLineAsync());
        await alice.SendAsync("bob: still here");
        Assert.Equal("from alice: still here", await bob.ReadLineAsync());

        await alice.SendAsync("nobody: hi");
        alice.ShutdownSend();
        Assert.Equal("error: unknown user nobody", await alice.ReadLineAsync());
        Assert.Null(await alice.ReadLineAsync());
    }

    [Theory]
    [InlineData("epoll")]
    [InlineData("async")]
    public async Task Flood_ReadAheadOfTwo_EveryLineDeliveredInOrder(string kind)
    {
        // Two credits: the reader stops after two lines and resumes each time the actor hands one back.
        var chat = await ChatServiceFixture.StartAsync(Sys, $"actorchat.chat {{ socket-reader = {kind}, read-ahead-lines = 2 }}");
        using var alice = await LineClient.LoginAsync(chat.Endpoint, "alice");
        using var bob = await LineClient.LoginAsync(chat.Endpoint, "bob");
        const int Lines = 5_000;

        var batch = new StringBuilder();
        for (var i = 0; i < Lines; i++)
        {
            batch.Append("bob: m").Append(i).Append('\n');
        }

        var send = alice.SendAsync(batch.ToString().TrimEnd('\n'));
        for (var i = 0; i < Lines; i++)
        {
            Assert.Equal("from alice: m" + i, await bob.ReadLineAsync());
        }

        await send;
    }
}
