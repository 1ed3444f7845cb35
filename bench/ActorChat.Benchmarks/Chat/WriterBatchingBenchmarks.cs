using ActorChat.Actors;
using ActorChat.Benchmarks.Actors;
using ActorChat.Chat.Broker;
using ActorChat.Chat.Connections;
using ActorChat.Chat.Protocol;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Chat;

/// <summary>
/// The outbound side of one connection: a <see cref="ClientConnection"/> (reference settings except
/// outbound-buffer-limit, see <see cref="Setup"/>; a do-nothing broker; never logged in: deliveries
/// do not need a login) on a real loopback socket receives a burst of 1, 100 or 10,000
/// <see cref="Deliver"/>s of one typical 64-byte line, Told from one outside thread; the operation
/// ends when the peer socket has read every byte. Reported per
/// delivered line: mailbox + batching + send syscalls + the peer's receives, on both cores. Cleanup
/// prints the process CPU time per line, the server's TCP data segments (≈ write syscalls) and the
/// peer's receive calls per operation, counted over every measured invocation of the run.
/// </summary>
[MemoryDiagnoser]
public class WriterBatchingBenchmarks
{
    private ActorSystem _system = null!;
    private LoopbackPeer _peer = null!;
    private IActorRef _connection = null!;
    private Deliver _line = null!;
    private CpuMeter _cpu = new();
    private long _segmentsAtStart;
    private long _receivesAtStart;
    private long _operations;
    private long _lines;

    [GlobalSetup]
    public async Task Setup()
    {
        _system = BenchSystem.Create();
        _peer = await LoopbackPeer.CreateAsync();
        var broker = _system.ActorOf(Props.Create<IdleActor>());

        // The 1 MiB default would evict the 10,000-line burst now and then: bytes count against the limit
        // until the actor handles WriteDone, and the next burst can arrive before it does (the peer
        // already read them). Eviction is not what this measures.
        var settings = ChatLines.Settings() with { OutboundBufferLimit = 64L * 1024 * 1024 };
        _connection = _system.ActorOf(ClientConnection.Props(_peer.Server, broker, settings, new ChatStats()));
        _line = Deliver.Line(ChatProtocol.Delivery("user000", ChatLines.Text + " ok"));

        // One line through, so the actor runs and the socket is warm before counting starts.
        await DeliverAsync(1);
        _segmentsAtStart = TcpSegments.DataSegmentsOut(_peer.Server);
        _receivesAtStart = _peer.Receives;
        _operations = _lines = 0;
        _cpu = new CpuMeter();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var segments = TcpSegments.DataSegmentsOut(_peer.Server) - _segmentsAtStart;
        var receives = _peer.Receives - _receivesAtStart;
        var lines = _operations == 0 ? 0 : _lines / _operations;
        Console.WriteLine(_cpu.Report($"WriterBatching, bursts of {lines}", "line"));
        Console.WriteLine(
            $"// WriterBatching: {_operations} operations of {lines} lines ({_line.Bytes.Length} B each): "
            + $"{(double)segments / _operations:F2} server data segments/op, {(double)receives / _operations:F2} peer receives/op");
        BenchSystem.Shutdown(_system);
        _peer.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 1)]
    public Task OneLine() => DeliverAsync(1);

    [Benchmark(OperationsPerInvoke = 100)]
    public Task Burst100() => DeliverAsync(100);

    [Benchmark(OperationsPerInvoke = 10_000)]
    public Task Burst10000() => DeliverAsync(10_000);

    private async Task DeliverAsync(int lines)
    {
        // Reading starts first: a burst larger than the socket buffers is drained while it is written.
        var cpu = CpuMeter.Now;
        var read = _peer.ReadAsync((long)lines * _line.Bytes.Length);
        for (var i = 0; i < lines; i++)
        {
            _connection.Tell(_line, ActorRefs.NoSender);
        }

        await read;
        _cpu.Add(cpu, lines);
        _operations++;
        _lines += lines;
    }
}
