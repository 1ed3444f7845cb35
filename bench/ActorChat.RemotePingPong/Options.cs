using System.Globalization;

namespace ActorChat.RemotePingPong;

/// <summary>
/// Command line: <c>--clients 1,5,10,20,30</c> (client/echo pairs per run), <c>--in-flight N</c> per
/// client (default 50), <c>--round-trips N</c> per client (default 50,000; both directions counted,
/// so a client moves twice that many messages), <c>--message int|json</c> (a built-in primitive or a
/// small registered JSON record), <c>--repeat R</c> (median of R runs), <c>--timeout-seconds S</c> per run.
/// </summary>
internal sealed record Options
{
    public int[] Clients { get; init; } = [1, 5, 10, 20, 30];

    public int InFlight { get; init; } = 50;

    public long RoundTrips { get; init; } = 50_000;

    public string[] Messages { get; init; } = ["int", "json"];

    public int Repeat { get; init; } = 3;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--clients" => options with { Clients = [.. value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))] },
                "--in-flight" => options with { InFlight = int.Parse(value, CultureInfo.InvariantCulture) },
                "--round-trips" => options with { RoundTrips = long.Parse(value, CultureInfo.InvariantCulture) },
                "--message" => options with { Messages = value.Split(',') },
                "--repeat" => options with { Repeat = int.Parse(value, CultureInfo.InvariantCulture) },
                "--timeout-seconds" => options with { Timeout = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
