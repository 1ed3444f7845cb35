using ActorChat.Actors;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Actors;

/// <summary>
/// Tell throughput into one actor from one external thread, per message, until the actor processed
/// them all: enqueue cost + the consumer keeping up. <see cref="TellImplicitSender"/> goes through the
/// extension method (ambient sender lookup); <see cref="TellNoSender"/> passes null.
/// </summary>
[MemoryDiagnoser]
public class TellBenchmarks
{
    private const int Messages = 100_000;
    private static readonly object Message = new();

    private ActorSystem _system = null!;
    private IActorRef _counter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _system = BenchSystem.Create();
        _counter = _system.ActorOf(Props.Create<CountdownActor>());
    }

    [GlobalCleanup]
    public void Cleanup() => BenchSystem.Shutdown(_system);

    [Benchmark(Baseline = true, OperationsPerInvoke = Messages)]
    public Task TellNoSender()
    {
        var done = Arm();
        for (var i = 0; i < Messages; i++)
        {
            _counter.Tell(Message, null);
        }

        return done;
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public Task TellImplicitSender()
    {
        var done = Arm();
        for (var i = 0; i < Messages; i++)
        {
            _counter.Tell(Message);
        }

        return done;
    }

    private Task Arm()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _counter.Tell(new Countdown(Messages, done), null);
        return done.Task;
    }
}
