using ActorChat.Actors;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Actors;

/// <summary>
/// One client/destination pair. <see cref="OneInFlight"/> is Akka.NET's single-pair method (one message
/// in flight, a new message object per hop): pure hop latency, every hop reschedules the receiver.
/// <see cref="Pipelined"/> keeps 1000 in flight (the PingPong console's per-pair load). Both report
/// time per message (a round trip is two messages). Targets: &lt; 80 ns per message; Akka.NET 1.5 ~100 ns.
/// </summary>
[MemoryDiagnoser]
public class PingPongBenchmarks
{
    private const int Hops = 100_000;
    private const int RoundTrips = 100_000;

    private ActorSystem _system = null!;
    private IActorRef _ping = null!;
    private IActorRef _pong = null!;
    private IActorRef _burst = null!;
    private IActorRef _echo = null!;

    [Params(30)]
    public int Throughput { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _system = BenchSystem.Create(Throughput);
        _ping = _system.ActorOf(Props.Create<PingActor>());
        _pong = _system.ActorOf(Props.Create<PongActor>());
        _burst = _system.ActorOf(Props.Create<BurstPingActor>());
        _echo = _system.ActorOf(Props.Create<EchoActor>());
    }

    [GlobalCleanup]
    public void Cleanup() => BenchSystem.Shutdown(_system);

    [Benchmark(OperationsPerInvoke = Hops)]
    public Task OneInFlight()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ping.Tell(new Rally(_pong, Hops, done), null);
        return done.Task;
    }

    [Benchmark(OperationsPerInvoke = RoundTrips * 2)]
    public Task Pipelined()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _burst.Tell(new Burst(_echo, RoundTrips, 1000, done), null);
        return done.Task;
    }
}
