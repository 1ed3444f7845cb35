using ActorChat.Actors;
using ActorChat.Benchmarks.Actors;
using ActorChat.Chat.Broker;
using ActorChat.Chat.Connections;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Chat;

/// <summary>
/// A <see cref="ChatBroker"/> (with its <see cref="ChatStats"/>, as a node runs it) and 100 registered
/// users whose connections are <see cref="DeliverySink"/>s. One operation is 100,000 deliveries: a
/// burst of 100,000 one-recipient <see cref="Say"/>s (round robin over the users) or of 1,000 Says
/// to all 100 users, Told from one outside thread; it ends when the sinks counted every delivery.
/// Reported per delivery (= per message for one recipient). Wall clock on both cores: the broker
/// and the sinks run in parallel, so cleanup also prints the process CPU time per delivery (median
/// over the operations, see <see cref="CpuMeter"/>). The Says are built in setup (they are the sending connection's cost, not
/// the broker's).
/// </summary>
[MemoryDiagnoser]
public class BrokerRoutingBenchmarks
{
    private const int Users = 100;
    private const int Deliveries = 100_000;

    private readonly DeliveryCounter _counter = new();
    private readonly CpuMeter _cpu = new();
    private ActorSystem _system = null!;
    private IActorRef _broker = null!;
    private Say[] _says = [];

    [Params(1, 100)]
    public int Recipients { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _system = BenchSystem.Create();
        _broker = _system.ActorOf(ChatBroker.Props(new ChatStats()), "broker");
        var names = ChatLines.Names(Users);
        var sinks = names.Select(_ => _system.ActorOf(DeliverySink.Props(_counter))).ToArray();
        for (var i = 0; i < Users; i++)
        {
            _broker.Tell(new Register(names[i], sinks[i]), ActorRefs.NoSender);
        }

        var users = await _broker.Ask<Users>(GetUsers.Instance, TimeSpan.FromSeconds(10));
        if (users.Names.Count != Users)
        {
            throw new InvalidOperationException($"{users.Names.Count} of {Users} users registered");
        }

        // Sender i writes to user i+1, so every sink gets its share and nobody writes to itself.
        _says = Recipients == 1
            ? [.. Enumerable.Range(0, Users).Select(i => new Say(names[i], sinks[i], [names[(i + 1) % Users]], ChatLines.Text))]
            : [new Say(names[0], sinks[0], names[..Recipients], ChatLines.Text)];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine(_cpu.Report($"BrokerRouting, {Recipients} recipient(s)", "delivery"));
        BenchSystem.Shutdown(_system);
    }

    [Benchmark(OperationsPerInvoke = Deliveries)]
    public async Task Route()
    {
        var cpu = CpuMeter.Now;
        var done = _counter.Arm(Deliveries);
        var says = Deliveries / Recipients;
        for (var i = 0; i < says; i++)
        {
            _broker.Tell(_says[i % _says.Length], ActorRefs.NoSender);
        }

        await done;
        _cpu.Add(cpu, Deliveries);
    }
}
