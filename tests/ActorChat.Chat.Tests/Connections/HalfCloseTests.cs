using ActorChat.Chat.Broker;
using ActorChat.Chat.Connections;

namespace ActorChat.Chat.Tests.Connections;

/// <summary>A client that half-closes still gets the answers to every line it sent before its FIN.</summary>
public sealed class HalfCloseTests : ActorChat.TestKit.TestKit
{
    [Fact]
    public async Task HalfClose_WaitsForBrokerAnswersBeforeClosing()
    {
        using var pair = await SocketPair.CreateAsync();
        var broker = CreateTestProbe();
        var connection = Sys.ActorOf(ClientConnection.Props(pair.Server, broker.Ref, ChatServiceFixture.Settings(), new ChatStats()));
        Watch(connection);
        using var client = pair.Client();
        await client.SendAsync("alice");
        broker.ExpectMsg<Register>();
        connection.Tell(new Registered("alice"));
        Assert.Equal("info: welcome alice", await client.ReadLineAsync());

        await client.SendAsync("ghost: hi");
        client.ShutdownSend();
        var say = broker.ExpectMsg<Say>();
        broker.ExpectMsg<Drain>();

        // The broker's answer for the line comes before its Drained, as it would from the real broker.
        say.Sender.Tell(Deliver.Line("error: unknown user ghost"), broker.Ref);
        broker.Reply(Drained.Instance);

        Assert.Equal("error: unknown user ghost", await client.ReadLineAsync());
        Assert.Null(await client.ReadLineAsync());
        ExpectTerminated(connection);
    }

    [Fact]
    public async Task HalfClose_WhileLoginPending_DrainsAfterHeldLines()
    {
        using var pair = await SocketPair.CreateAsync();
        var broker = CreateTestProbe();
        var connection = Sys.ActorOf(ClientConnection.Props(pair.Server, broker.Ref, ChatServiceFixture.Settings(), new ChatStats()));
        using var client = pair.Client();

        await client.SendAsync("alice");
        await client.SendAsync("ghost: hi");
        client.ShutdownSend();
        broker.ExpectMsg<Register>();
        connection.Tell(new Registered("alice"));
        broker.ExpectMsg<Say>();
        broker.ExpectMsg<Drain>();
        broker.Reply(Drained.Instance);

        Assert.Equal("info: welcome alice", await client.ReadLineAsync());
        Assert.Null(await client.ReadLineAsync());
    }

    [Fact]
    public async Task HalfClose_BrokerNeverAnswers_ClosesAfterCloseTimeout()
    {
        using var pair = await SocketPair.CreateAsync();
        var broker = CreateTestProbe();
        var settings = ChatServiceFixture.Settings("actorchat.chat.close-timeout = 200ms");
        var connection = Sys.ActorOf(ClientConnection.Props(pair.Server, broker.Ref, settings, new ChatStats()));
        Watch(connection);
        using var client = pair.Client();
        await client.SendAsync("alice");
        broker.ExpectMsg<Register>();
        connection.Tell(new Registered("alice"));
        Assert.Equal("info: welcome alice", await client.ReadLineAsync());

        client.ShutdownSend();
        broker.ExpectMsg<Drain>();

        Assert.Null(await client.ReadLineAsync());
        ExpectTerminated(connection);
    }

    [Fact]
    public async Task HalfClose_RealBroker_EveryLineAnsweredThenEof()
    {
        var chat = await ChatServiceFixture.StartAsync(Sys);
        using var alice = await LineClient.LoginAsync(chat.Endpoint, "alice");

        await alice.SendAsync("ghost: one");
        await alice.SendAsync("alice: two");
        await alice.SendAsync("phantom: three");
        alice.ShutdownSend();

        var lines = new List<string>();
        while (await alice.ReadLineAsync() is { } line)
        {
            lines.Add(line);
        }

        Assert.Equal(["error: unknown user ghost", "from alice: two", "error: unknown user phantom"], lines);
    }
}
