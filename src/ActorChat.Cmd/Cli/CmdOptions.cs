using System.Globalization;
using ActorChat.Cmd.Output;

namespace ActorChat.Cmd.Cli;

/// <summary>
/// <c>actorchat-cmd [HOST:PORT] [PALETTE COMMAND [ARGS]] [-o table|plain|json] [--yes] [--token T]
/// [--timeout SECONDS] [--count N]</c>. Options may appear anywhere; everything else is the command.
/// </summary>
internal sealed record CmdOptions(string Host, int Port, IReadOnlyList<string> Command, OutputFormat? Output, bool Yes, string? Token, TimeSpan Timeout, int? Count, bool Help)
{
    public const string Usage = """
        usage: actorchat-cmd [HOST:PORT] [PALETTE COMMAND [ARGS]] [options]
          HOST:PORT            the node's management endpoint (default 127.0.0.1:9110)
          PALETTE COMMAND      run one command and exit; without one, open the prompt
        options:
          -o, --output FORMAT  table (default on a terminal), plain (default when piped) or json
          -y, --yes            do not ask before node shutdown / chat kick
          --token TOKEN        the node's actorchat.cmd.token (or env ACTORCHAT_CMD_TOKEN)
          --timeout SECONDS    give up on a reply after this long (default 30; exit code 3)
          --count N            end a streaming command after N items
        exit codes: 0 ok, 1 command error, 2 cannot connect, 3 timeout
        """;

    public string Address => Host + ":" + Port.ToString(CultureInfo.InvariantCulture);

    public static (CmdOptions? Options, string? Error) Parse(IReadOnlyList<string> args, string? envToken)
    {
        string host = "127.0.0.1";
        var port = 9110;
        var command = new List<string>();
        OutputFormat? output = null;
        var yes = false;
        var help = false;
        string? token = envToken;
        var timeout = TimeSpan.FromSeconds(30);
        int? count = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (arg)
            {
                case "-o" or "--output":
                    var format = Value();
                    output = format switch
                    {
                        "table" => OutputFormat.Table,
                        "plain" => OutputFormat.Plain,
                        "json" => OutputFormat.Json,
                        _ => null,
                    };
                    if (output is null)
                    {
                        return (null, format is null ? "-o expects table, plain or json" : $"-o expects table, plain or json, got \"{format}\"");
                    }

                    break;
                case "-y" or "--yes":
                    yes = true;
                    break;
                case "-h" or "--help":
                    help = true;
                    break;
                case "--token":
                    token = Value();
                    if (string.IsNullOrEmpty(token))
                    {
                        return (null, "--token expects the node's token");
                    }

                    break;
                case "--timeout":
                    if (!double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
                    {
                        return (null, "--timeout expects a positive number of seconds");
                    }

                    timeout = TimeSpan.FromSeconds(seconds);
                    break;
                case "--count":
                    if (!int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                    {
                        return (null, "--count expects a positive integer");
                    }

                    count = n;
                    break;
                default:
                    if (command.Count == 0 && i == FirstPositional(args) && TryEndpoint(arg, out var h, out var p))
                    {
                        (host, port) = (h, p);
                    }
                    else if (command.Count == 0 && i == FirstPositional(args) && arg.Contains(':', StringComparison.Ordinal))
                    {
                        // No palette or command has a colon: this was meant as an endpoint, so say what is wrong with it.
                        return (null, $"\"{arg}\" is not HOST:PORT (a host name or address, then a port 1-65535)");
                    }
                    else
                    {
                        command.Add(arg);
                    }

                    break;
            }
        }

        return (new CmdOptions(host, port, command, output, yes, string.IsNullOrEmpty(token) ? null : token, timeout, count, help), null);
    }

    private static int FirstPositional(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-o" or "--output" or "--token" or "--timeout" or "--count":
                    i++;
                    break;
                case "-y" or "--yes" or "-h" or "--help":
                    break;
                default:
                    return i;
            }
        }

        return -1;
    }

    private static bool TryEndpoint(string text, out string host, out int port)
    {
        host = string.Empty;
        port = 0;
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
        {
            return false;
        }

        host = text[..colon].Trim('[', ']');
        return true;
    }
}
