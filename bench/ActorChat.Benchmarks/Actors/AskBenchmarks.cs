using ActorChat.Actors;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Actors;

/// <summary>One Ask round trip to an echo actor: temp ref, registration, reply, task completion.</summary>
[MemoryDiagnoser]
public class AskBenchmarks
{
    private static readonly object Message = new();
    private ActorSystem _system = null!;
    private IActorRef _echo = null!;

    [GlobalSetup]
    public void Setup()
    {
        _system = BenchSystem.Create();
        _echo = _system.ActorOf(Props.Create<EchoActor>());
    }

    [GlobalCleanup]
    public void Cleanup() => BenchSystem.Shutdown(_system);

    [Benchmark]
    public Task<object> Ask() => _echo.Ask<object>(Message, TimeSpan.FromSeconds(10));
}
