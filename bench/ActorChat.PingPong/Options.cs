using System.Globalization;

namespace ActorChat.PingPong;

/// <summary>
/// Command line: <c>--mode pingpong|latency|idle|create|all</c>, <c>--pairs N</c> (default 2),
/// <c>--in-flight N</c> per pair (default 1000; latency mode: one pair, one in flight),
/// <c>--messages N</c> per throughput setting (default 20,000,000, both directions counted),
/// <c>--throughputs 1,5,10,...</c>, <c>--repeat R</c> (median of R runs), <c>--timeout-seconds S</c>
/// per run, <c>--idle-actors N</c> (default 100,000), <c>--create-actors N</c> (default 1,000,000).
/// </summary>
internal sealed record Options
{
    public string Mode { get; init; } = "all";

    public int Pairs { get; init; } = 2;

    public int InFlight { get; init; } = 1000;

    public long Messages { get; init; } = 20_000_000;

    public int[] Throughputs { get; init; } = [1, 5, 10, 20, 30, 50, 100, 200];

    public int Repeat { get; init; } = 3;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public int IdleActors { get; init; } = 100_000;

    public int CreateActors { get; init; } = 1_000_000;

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--mode" => options with { Mode = value },
                "--pairs" => options with { Pairs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--in-flight" => options with { InFlight = int.Parse(value, CultureInfo.InvariantCulture) },
                "--messages" => options with { Messages = long.Parse(value, CultureInfo.InvariantCulture) },
                "--throughputs" => options with { Throughputs = [.. value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))] },
                "--repeat" => options with { Repeat = int.Parse(value, CultureInfo.InvariantCulture) },
                "--timeout-seconds" => options with { Timeout = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--idle-actors" => options with { IdleActors = int.Parse(value, CultureInfo.InvariantCulture) },
                "--create-actors" => options with { CreateActors = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
