using System.Globalization;
using System.Runtime;

namespace ActorChat.PingPong;

/// <summary>
/// PingPong-style console benchmark of the actor runtime (see <see cref="Options"/> for arguments).
/// Prints markdown tables so results can be pasted into bench/README.md.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = Options.Parse(args);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ActorChat PingPong | .NET {Environment.Version} | {Environment.ProcessorCount} cores | Server GC: {GCSettings.IsServerGC} | load: {Load()}"));

        if (options.Mode is "pingpong" or "all")
        {
            await PingPongAsync(options).ConfigureAwait(false);
        }

        if (options.Mode is "latency" or "all")
        {
            // One pair, one ball: every hop reschedules the receiver (Akka.NET's single-pair method).
            await PingPongAsync(options with { Pairs = 1, InFlight = 1, Messages = Math.Min(options.Messages, 2_000_000) }).ConfigureAwait(false);
        }

        if (options.Mode is "idle" or "all")
        {
            var idle = await IdleActorRun.RunAsync(options.IdleActors, options.Timeout * 4).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"\nIdle actors: {idle.Count:N0} → {idle.BytesPerActor:N0} bytes/actor (GetTotalMemory), {idle.HeapSizeBytesPerActor:N0} bytes/actor (GCMemoryInfo.HeapSizeBytes) | load: {Load()}"));
        }

        if (options.Mode is "create" or "all")
        {
            var create = await IdleActorRun.RunAsync(options.CreateActors, options.Timeout * 4).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"\nCreate {create.Count:N0} actors: {create.CreateTime.TotalMilliseconds:N0} ms ({create.ActorsPerSecond:N0} actors/s), {create.BytesPerActor:N0} bytes/actor | load: {Load()}"));
        }

        return 0;
    }

    private static async Task PingPongAsync(Options options)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\nPingPong: {options.Pairs} pairs, {options.InFlight} in flight per pair, {options.Messages:N0} messages per run, median of {options.Repeat}"));

        // Warm-up: tier up the hot path before anything is measured.
        await PingPongRun.RunAsync(options.Pairs, options.InFlight, 1_000_000, 30, options.Timeout).ConfigureAwait(false);

        Console.WriteLine("\n| Throughput | Msgs/s (median) | ns/msg (median) | CPU ns/msg (median) | All runs (M msgs/s) | ms (median) | GC 0/1/2 | Complete | load |");
        Console.WriteLine("|---:|---:|---:|---:|---|---:|---|---|---|");
        var best = 0.0;
        foreach (var throughput in options.Throughputs)
        {
            var runs = new List<RunResult>();
            for (var r = 0; r < options.Repeat; r++)
            {
                runs.Add(await PingPongRun.RunAsync(options.Pairs, options.InFlight, options.Messages, throughput, options.Timeout).ConfigureAwait(false));
            }

            var median = runs.OrderBy(r => r.MessagesPerSecond).ElementAt(runs.Count / 2);
            best = Math.Max(best, median.MessagesPerSecond);
            var cpu = runs.Select(r => r.CpuNanosecondsPerMessage).Order().ElementAt(runs.Count / 2);
            var all = string.Join(", ", runs.Select(r => (r.MessagesPerSecond / 1e6).ToString("F1", CultureInfo.InvariantCulture)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {throughput} | {median.MessagesPerSecond:N0} | {1e9 / median.MessagesPerSecond:F1} | {cpu:F1} | {all} | {median.Elapsed.TotalMilliseconds:N0} | {median.Gen0}/{median.Gen1}/{median.Gen2} | {(runs.All(r => r.Completed) ? "yes" : "TIMEOUT")} | {Load()} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nBest median: {best:N0} msgs/s ({best / 1e6:F1} M)"));
    }

    /// <summary>The 1-minute load average (Linux), so every number carries the noise it was measured under.</summary>
    private static string Load()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
