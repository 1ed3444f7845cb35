using ActorChat.Actors;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Actors;

/// <summary>
/// Ask round trips to an echo actor (temp ref, /temp registration, reply, task completion), awaited one
/// after another inside the invocation: a single Ask per invocation would mostly measure how long the
/// benchmark's blocked thread takes to wake up. <see cref="AskWithTimeout"/> also arms and cancels a timer.
/// </summary>
[MemoryDiagnoser]
public class AskBenchmarks
{
    private const int Asks = 1_000;
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

    [Benchmark(Baseline = true, OperationsPerInvoke = Asks)]
    public async Task AskNoTimeout()
    {
        for (var i = 0; i < Asks; i++)
        {
            await _echo.Ask<object>(Message);
        }
    }

    [Benchmark(OperationsPerInvoke = Asks)]
    public async Task AskWithTimeout()
    {
        for (var i = 0; i < Asks; i++)
        {
            await _echo.Ask<object>(Message, TimeSpan.FromSeconds(10));
        }
    }
}
