using System.Net.Sockets;
using ActorChat.Chat.Broker;
using ActorChat.Chat.Connections;

namespace ActorChat.Chat.Tests.Connections;

/// <summary>A ClientConnection on a real loopback socket, with a TestProbe as its broker.</summary>
public sealed class ClientConnectionTests : ActorChat.TestKit.TestKit
{
    [Fact]
    public async Task Login_ValidName_RegistersThenWelcomesAndForwardsSays()
    {
        using var pair = await SocketPair.CreateAsync();
        var broker = CreateTestProbe();
        var connection = Sys.ActorOf(ClientConnection.Props(pair.Server, broker.Ref, ChatServiceFixture.Settings(), new ChatStats()));
        using var client = pair.Client();

        await client.SendAsync("alice");
        await client.SendAsync("bob, carol: hi");
        var register = broker.ExpectMsg<Register>();
        Assert.Equal(new Register("alice", connection), register);
        connection.Tell(new Registered("alice"));

        Assert.Equal("info: welcome alice", await client.ReadLineAsync());
        var say = broker.ExpectMsg<Say>();
        Assert.Equal(("alice", "hi"), (say.From, say.Text));
        Assert.Equal(["bob", "carol"], say.Recipients);
    }

    [Fact]
    public async Task Login_NameTaken_ErrorThenClosedAndStopped()
    {
        using var pair = await SocketPair.CreateAsync();
        var broker = CreateTestProbe();
        var connection = Sys.ActorOf(ClientConnection.Props(pair.Server, broker.Ref, ChatServiceFixture.Settings(), new ChatStats()));
        Watch(connection);
        using var client = pair.Client();

        await client.SendAsync("alice");
        broker.ExpectMsg<Register>();
        connection.Tell(new NameTaken("alice"));

        Assert.Equal("error: name taken", await client.ReadLineAsync());
        Assert.Null(await client.ReadLineAsync());
        ExpectTerminated(connection);
    }

    [Fact]
    public async Task SlowConsumer_OverOutboundLimit_EvictedCountedAndStopped()
    {
        using var pair = await SocketPair.CreateAsync();
        var stats = new ChatStats();
        var settings = ChatServiceFixture.Settings("actorchat.chat { outbound-buffer-limit = 16KiB, close-timeout = 200ms }");
        var connection = Sys.ActorOf(ClientConnection.Props(pair.Server, CreateTestProbe().Ref, settings, stats));
        Watch(connection);

        // The client never reads: socket buffers fill, then 16 KiB wait in the actor, then eviction.
        var chunk = new Deliver(new byte[8 * 1024]);
        for (var i = 0; i < 4_000 && stats.SlowConsumers == 0; i++)
        {
            connection.Tell(chunk);
            if (i % 100 == 99)
            {
                await Task.Yield();
            }
        }

        ExpectTerminated(connection, LineClient.Bound);
        Assert.Equal(1, stats.SlowConsumers);
        Assert.Equal(0, stats.Connected);
    }
}
