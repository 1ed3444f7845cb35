using System.Net.Sockets;
using ActorChat.LoadGen.Clients;
using ActorChat.LoadGen.Measure;
using ActorChat.LoadGen.Protocols;
using ActorChat.LoadGen.Scenarios;

namespace ActorChat.LoadGen.Tests.Scenarios;

/// <summary>Sender/recipient choice, on clients whose sockets are never connected.</summary>
public sealed class TrafficPatternTests : IDisposable
{
    private readonly FlowWindow _window = new();
    private readonly List<ChatClient> _clients = [];

    [Fact]
    public void Direct_ManyDraws_NeverToSelfAndEveryPairSeen()
    {
        var clients = Clients("u", 4);
        var pattern = new DirectPattern(clients);
        var random = new FastRandom(7);
        var pairs = new HashSet<(string, string)>();

        for (var i = 0; i < 10_000; i++)
        {
            var sender = pattern.Next(ref random, out var prefix);
            var target = clients.Single(c => c.TargetPrefix == prefix);
            Assert.NotSame(sender, target);
            pairs.Add((sender.Name, target.Name));
        }

        Assert.Equal(12, pairs.Count);
    }

    [Fact]
    public void Cross_ManyDraws_AlwaysToTheOtherSide()
    {
        var sideA = Clients("a", 3);
        var sideB = Clients("b", 2);
        var pattern = new CrossPattern(sideA, sideB);
        var random = new FastRandom(3);
        var senders = new HashSet<string>();

        for (var i = 0; i < 10_000; i++)
        {
            var sender = pattern.Next(ref random, out var prefix);
            var target = sideA.Concat(sideB).Single(c => c.TargetPrefix == prefix);
            Assert.NotEqual(sender.Name[0], target.Name[0]);
            senders.Add(sender.Name);
        }

        Assert.Equal(5, senders.Count);
    }

    [Fact]
    public void FastRandom_SameSeed_SameSequenceWithinBound()
    {
        var a = new FastRandom(42);
        var b = new FastRandom(42);
        var seen = new bool[10];

        for (var i = 0; i < 1000; i++)
        {
            var x = a.Next(10);
            Assert.Equal(x, b.Next(10));
            seen[x] = true;
        }

        Assert.All(seen, Assert.True);
    }

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        _window.Dispose();
    }

    private List<ChatClient> Clients(string prefix, int count)
    {
        var events = new DeliveryTracker(_window, new ErrorTally());
        var clients = Enumerable.Range(0, count)
            .Select(i => new ChatClient(i, prefix + i, new Socket(SocketType.Stream, ProtocolType.Tcp), LineProtocol.Instance, events, idle: true))
            .ToList();
        _clients.AddRange(clients);
        return clients;
    }
}
