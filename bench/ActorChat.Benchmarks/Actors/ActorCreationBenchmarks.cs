using ActorChat.Actors;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Actors;

/// <summary>
/// Creating top-level actors until their constructors ran (creation is asynchronous), per actor.
/// The created actors are stopped after each iteration so the heap does not grow without bound.
/// </summary>
[MemoryDiagnoser]
public class ActorCreationBenchmarks
{
    private const int Actors = 1_000;

    private readonly List<IActorRef> _created = [];
    private readonly Props _props = Props.Create<IdleActor>();
    private ActorSystem _system = null!;

    [GlobalSetup]
    public void Setup() => _system = BenchSystem.Create();

    [GlobalCleanup]
    public void Cleanup() => BenchSystem.Shutdown(_system);

    [IterationCleanup]
    public void StopCreated()
    {
        foreach (var actor in _created)
        {
            _system.Stop(actor);
        }

        _created.Clear();
    }

    [Benchmark(OperationsPerInvoke = Actors)]
    public async Task CreateActor()
    {
        var target = IdleActor.Constructed + Actors;
        for (var i = 0; i < Actors; i++)
        {
            _created.Add(_system.ActorOf(_props));
        }

        while (IdleActor.Constructed < target)
        {
            await Task.Yield();
        }
    }
}
