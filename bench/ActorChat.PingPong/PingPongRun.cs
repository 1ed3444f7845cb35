using System.Diagnostics;
using System.Runtime.CompilerServices;
using ActorChat.Actors;
using ActorChat.Hocon;

namespace ActorChat.PingPong;

/// <summary>
/// The PingPong method (design doc §8): <c>pairs</c> client/destination pairs, each client keeps up to
/// <c>inFlight</c> (1000 in the PingPong method; 1 for pure hop latency) balls in flight, <c>totalMessages</c> counted over both directions, one fresh actor system
/// per dispatcher <c>throughput</c> setting. Bounded: a run that exceeds <c>timeout</c> reports its
/// partial count and is marked incomplete.
/// </summary>
internal static class PingPongRun
{
    public static async Task<RunResult> RunAsync(int pairs, int inFlight, long totalMessages, int throughput, TimeSpan timeout)
    {
        var config = Config.FromString(
            $"actorchat.loglevel = OFF\nactorchat.log-dead-letters = off\nactorchat.actor.default-dispatcher.throughput = {throughput}");
        var system = ActorSystem.Create("pingpong", config);
        try
        {
            var roundTrips = Math.Max(1, totalMessages / 2 / pairs);
            var clients = new IActorRef[pairs];
            var progress = new StrongBox<long>[pairs];
            var done = new Task[pairs];
            for (var i = 0; i < pairs; i++)
            {
                var destination = system.ActorOf(Props.Create<Destination>());
                var tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var box = progress[i] = new StrongBox<long>();
                clients[i] = system.ActorOf(Props.Create(() => new Client(destination, roundTrips, inFlight, box, tcs)));
                done[i] = tcs.Task;
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            foreach (var client in clients)
            {
                client.Tell(Start.Instance, null);
            }

            var all = Task.WhenAll(done);
            var completed = await Task.WhenAny(all, Task.Delay(timeout)).ConfigureAwait(false) == all;
            stopwatch.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var received = completed ? roundTrips * pairs : progress.Sum(p => Volatile.Read(ref p.Value));
            return new RunResult(
                throughput,
                received * 2,
                stopwatch.Elapsed,
                cpu,
                completed,
                GC.CollectionCount(0) - gen0,
                GC.CollectionCount(1) - gen1,
                GC.CollectionCount(2) - gen2);
        }
        finally
        {
            await system.Terminate().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
    }
}
