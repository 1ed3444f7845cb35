using System.Diagnostics;
using ActorChat.Actors;
using ActorChat.Hocon;

namespace ActorChat.PingPong;

/// <summary>
/// Footprint and creation cost of idle actors: create <c>count</c> top-level actors, wait until every
/// constructor ran (creation is asynchronous: the Create system message builds the instance), then
/// compare the managed heap after full blocking collections. Everything the runtime keeps per actor
/// counts: cell, mailbox, queue, ref, path, name, the instance and the parent's child entry.
/// </summary>
internal static class IdleActorRun
{
    public static async Task<IdleResult> RunAsync(int count, TimeSpan timeout)
    {
        var system = ActorSystem.Create("idle", Config.FromString("actorchat.loglevel = OFF\nactorchat.log-dead-letters = off"));
        try
        {
            // Warm up: JIT the creation path and let the guardians settle before the baseline.
            await CreateAsync(system, 1000, timeout).ConfigureAwait(false);
            var before = MeasureHeap();
            var beforeInfo = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;
            var stopwatch = Stopwatch.StartNew();
            var refs = await CreateAsync(system, count, timeout).ConfigureAwait(false);
            stopwatch.Stop();
            var after = MeasureHeap();
            var afterInfo = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;
            GC.KeepAlive(refs);
            return new IdleResult(count, stopwatch.Elapsed, (double)(after - before) / count, (double)(afterInfo - beforeInfo) / count);
        }
        finally
        {
            await system.Terminate().WaitAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        }
    }

    private static async Task<IActorRef[]> CreateAsync(ActorSystem system, int count, TimeSpan timeout)
    {
        Idle.ResetCount();
        var refs = new IActorRef[count];
        var props = Props.Create<Idle>();
        for (var i = 0; i < count; i++)
        {
            refs[i] = system.ActorOf(props);
        }

        var deadline = Stopwatch.StartNew();
        while (Idle.Constructed < count)
        {
            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"only {Idle.Constructed} of {count} actors were constructed within {timeout}");
            }

            await Task.Delay(1).ConfigureAwait(false);
        }

        return refs;
    }

    private static long MeasureHeap()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
