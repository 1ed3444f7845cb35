using ActorChat.Chat.Broker;
using ActorChat.Chat.Connections;

namespace ActorChat.Chat.Tests.Connections;

/// <summary>The strategies: a failing connection is stopped alone; a failing broker restarts and keeps every user.</summary>
public sealed class SupervisionTests : ActorChat.TestKit.TestKit
{
    public SupervisionTests()
        : base("actorchat.coordinated-shutdown.run-by-clr-shutdown-hook = off")
    {
    }

    [Fact]
    public async Task Broker_Restarted_NoUserLost()
    {
        var chat = await ChatServiceFixture.StartAsync(Sys);
        using var alice = await LineClient.LoginAsync(chat.Endpoint, "alice");
        using var bob = await LineClient.LoginAsync(chat.Endpoint, "bob");
        var broker = await Sys.ActorSelection("/user/chat/broker").ResolveOne(LineClient.Bound);

        // Kill makes the broker fail; the chat guardian's strategy restarts it with an empty map.
        broker.Tell(Kill.Instance);

        // The connections register again: both names become reachable, no one is welcomed twice.
        await AwaitAssertAsync(async () =>
        {
            var users = await broker.Ask<Users>(GetUsers.Instance, LineClient.Bound);
            Assert.Equal(["alice", "bob"], users.Names.Order());
        });
        await alice.SendAsync("bob, alice: after restart");
        Assert.Equal("from alice: after restart", await bob.ReadLineAsync());
        Assert.Equal("from alice: after restart", await alice.ReadLineAsync());

        // Names stay owned: a third session cannot take one.
        using var intruder = await LineClient.ConnectAsync(chat.Endpoint);
        await intruder.SendAsync("alice");
        Assert.Equal("error: name taken", await intruder.ReadLineAsync());
    }

    [Fact]
    public async Task Connection_Throws_OnlyThatClientStopped()
    {
        var chat = await ChatServiceFixture.StartAsync(Sys);
        using var alice = await LineClient.LoginAsync(chat.Endpoint, "alice");
        using var bob = await LineClient.LoginAsync(chat.Endpoint, "bob");
        var aliceActor = await Sys.ActorSelection("/user/chat/listener/client-1").ResolveOne(LineClient.Bound);
        Watch(aliceActor);

        // A bug inside the connection actor (a null delivery makes it throw).
        aliceActor.Tell(new Deliver(null!));

        ExpectTerminated(aliceActor);
        Assert.Null(await alice.ReadLineAsync());
        await bob.SendAsync("bob: fine");
        Assert.Equal("from bob: fine", await bob.ReadLineAsync());
        await AwaitAssertAsync(async () =>
        {
            await bob.SendAsync("alice, bob: gone?");
            Assert.Equal("error: unknown user alice", await bob.ReadLineAsync());
            Assert.Equal("from bob: gone?", await bob.ReadLineAsync());
        });
    }
}
