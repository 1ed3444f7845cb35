using ActorChat.Actors;
using ActorChat.Hocon;

namespace ActorChat.Benchmarks.Actors;

/// <summary>Creates the actor system every runtime benchmark uses: logging off, given dispatcher throughput.</summary>
public static class BenchSystem
{
    public static ActorSystem Create(int throughput = 30) => ActorSystem.Create(
        "bench",
        Config.FromString($"actorchat.loglevel = OFF\nactorchat.log-dead-letters = off\nactorchat.actor.default-dispatcher.throughput = {throughput}"));

    public static void Shutdown(ActorSystem system) => system.Terminate().Wait(TimeSpan.FromSeconds(10));
}
