using System.Globalization;
using System.Runtime;

namespace ActorChat.RemotePingPong;

/// <summary>
/// RemotePingPong-style benchmark of ActorChat.Remote (see <see cref="Options"/> for arguments):
/// two actor systems over loopback in one process, N client/echo pairs. Prints markdown tables for
/// bench/README.md, each row with the 1-minute load average it ran under.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = Options.Parse(args);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ActorChat RemotePingPong | .NET {Environment.Version} | {Environment.ProcessorCount} cores | Server GC: {GCSettings.IsServerGC} | load: {Load()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{options.InFlight} in flight per client, {options.RoundTrips:N0} round trips per client (messages counted both ways), median of {options.Repeat}"));

        foreach (var kind in options.Messages)
        {
            // Warm-up: tier up the hot path before anything is measured.
            await RemotePingPongRun.RunAsync(5, options.InFlight, Math.Min(options.RoundTrips, 20_000), kind, options.Timeout).ConfigureAwait(false);

            Console.WriteLine($"\nMessage: {kind}\n");
            Console.WriteLine("| Clients | Msgs/s (median) | All runs (msgs/s) | Total msgs | ms (median) | B/msg | GC 0/1/2 | Complete | load |");
            Console.WriteLine("|---:|---:|---|---:|---:|---:|---|---|---|");
            foreach (var clients in options.Clients)
            {
                var runs = new List<RunResult>();
                for (var r = 0; r < options.Repeat; r++)
                {
                    runs.Add(await RemotePingPongRun.RunAsync(clients, options.InFlight, options.RoundTrips, kind, options.Timeout).ConfigureAwait(false));
                }

                var median = runs.OrderBy(r => r.MessagesPerSecond).ElementAt(runs.Count / 2);
                var all = string.Join(", ", runs.Select(r => r.MessagesPerSecond.ToString("N0", CultureInfo.InvariantCulture)));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {clients} | {median.MessagesPerSecond:N0} | {all} | {median.Messages:N0} | {median.Elapsed.TotalMilliseconds:N0} | {median.BytesPerMessage:N0} | {median.Gen0}/{median.Gen1}/{median.Gen2} | {(runs.All(r => r.Completed) ? "yes" : "TIMEOUT")} | {Load()} |"));
            }
        }

        return 0;
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
