namespace ActorChat.LoadGen.Cli;

/// <summary>
/// Hand-parsed command line (no package): <c>--name value</c> pairs. All problems are collected and
/// reported together; an unusable command line is an error value, never an exception.
/// </summary>
internal static class OptionsParser
{
    private static readonly HashSet<string> Known =
    [
        "--protocol", "--scenario", "--label", "--host", "--port", "--port2", "--server-pid", "--server-pid2",
        "--clients", "--fanout", "--rate", "--window", "--burst", "--messages", "--warmup", "--payload-bytes",
        "--timeout-seconds", "--drain-seconds", "--settle-seconds", "--hold-seconds", "--connect-concurrency",
        "--name-prefix", "--seed", "--inline-completions",
    ];

    public static (LoadGenOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var errors = new List<string>();
        var raw = Collect(args, errors);
        var reader = new OptionReader(raw, errors);

        var protocol = reader.Enum("--protocol", ProtocolKind.Line);
        var scenario = reader.Enum("--scenario", Scenario.Direct);
        var host = System.Net.IPAddress.Loopback;
        if (raw.TryGetValue("--host", out var hostText) && !LoopbackHost.TryParse(hostText, out host, out var hostError))
        {
            errors.Add(hostError);
        }

        var port = reader.Int("--port", protocol == ProtocolKind.Line ? 8080 : 6667, 1, 65535);
        var fanout = reader.Int("--fanout", 100, 1, 10_000);
        var clients = reader.Int("--clients", scenario == Scenario.Fanout ? fanout + 1 : 1000, 1, 60_000);
        var messages = reader.Long("--messages", scenario == Scenario.Fanout ? 5_000 : 200_000, 1, 1_000_000_000);
        var options = new LoadGenOptions
        {
            Protocol = protocol,
            Scenario = scenario,
            Label = raw.GetValueOrDefault("--label") ?? (protocol == ProtocolKind.Line ? "actorchat" : "irc"),
            Host = host ?? System.Net.IPAddress.Loopback,
            Port = port,
            Port2 = reader.Int("--port2", port, 1, 65535),
            ServerPid = reader.OptionalInt("--server-pid"),
            ServerPid2 = reader.OptionalInt("--server-pid2"),
            Clients = clients,
            Fanout = fanout,
            Rate = reader.Double("--rate", 0, 0, 10_000_000),
            Window = reader.Int("--window", scenario == Scenario.Fanout ? 20 * fanout : Math.Min(20 * clients, 20_000), 1, 10_000_000),
            Burst = reader.Int("--burst", 0, 0, 10_000_000),
            Messages = scenario == Scenario.Connect ? 0 : messages,
            Warmup = reader.Long("--warmup", messages / 10, 0, 1_000_000_000),
            PayloadBytes = reader.Int("--payload-bytes", 32, 1, 400),
            Timeout = reader.Seconds("--timeout-seconds", 120),
            Drain = reader.Seconds("--drain-seconds", 10),
            Settle = reader.Seconds("--settle-seconds", 2),
            Hold = reader.Seconds("--hold-seconds", 0),
            ConnectConcurrency = reader.Int("--connect-concurrency", 256, 1, 10_000),
            NamePrefix = raw.GetValueOrDefault("--name-prefix") ?? (scenario == Scenario.Cross ? "" : "u"),
            Seed = reader.Int("--seed", 1, int.MinValue, int.MaxValue),
            InlineCompletions = reader.OnOff("--inline-completions", true),
        };

        Validate(options, raw, errors);
        return errors.Count == 0 ? (options, null) : (null, string.Join(Environment.NewLine, errors));
    }

    private static Dictionary<string, string> Collect(IReadOnlyList<string> args, List<string> errors)
    {
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!Known.Contains(name))
            {
                errors.Add($"unknown option {name}");
                continue;
            }

            if (i + 1 >= args.Count)
            {
                errors.Add($"{name} needs a value");
                break;
            }

            if (!raw.TryAdd(name, args[++i]))
            {
                errors.Add($"{name} given twice");
            }
        }

        return raw;
    }

    private static void Validate(LoadGenOptions o, Dictionary<string, string> raw, List<string> errors)
    {
        if (o.Scenario is Scenario.Direct or Scenario.Cross && o.Clients < 2)
        {
            errors.Add($"--clients {o.Clients}: {CliNames.Of(o.Scenario)} needs at least 2 clients");
        }

        if (o.Scenario == Scenario.Fanout && o.Clients < o.Fanout + 1)
        {
            errors.Add($"--clients {o.Clients}: fanout {o.Fanout} needs at least {o.Fanout + 1} clients (one sender)");
        }

        if (o.Scenario != Scenario.Cross && raw.ContainsKey("--port2"))
        {
            errors.Add("--port2 is only used by --scenario cross");
        }

        if (o.NamePrefix.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')))
        {
            errors.Add($"--name-prefix {o.NamePrefix}: only A-Z a-z 0-9 _ - . are allowed in names");
        }

        // Cross names are prefix + side letter + number; the others prefix + number.
        var first = o.NamePrefix.Length > 0 ? o.NamePrefix[0] : o.Scenario == Scenario.Cross ? 'a' : '0';
        if (o.Protocol == ProtocolKind.Irc && !char.IsAsciiLetter(first))
        {
            errors.Add($"--name-prefix {o.NamePrefix}: an IRC nick must start with a letter");
        }
    }
}
