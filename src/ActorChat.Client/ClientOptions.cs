using System.Globalization;

namespace ActorChat.Client;

/// <summary>The command line: <c>[HOST:PORT] NAME</c>, default 127.0.0.1:8080.</summary>
internal sealed record ClientOptions(string Host, int Port, string Name)
{
    public const string Usage = "usage: actorchat-client [HOST:PORT] NAME";

    public static (ClientOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        switch (args.Count)
        {
            case 1:
                return (new ClientOptions("127.0.0.1", 8080, args[0]), null);
            case 2:
                var colon = args[0].LastIndexOf(':');
                if (colon <= 0 || !int.TryParse(args[0].AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
                {
                    return (null, $"expected HOST:PORT, got \"{args[0]}\"");
                }

                return (new ClientOptions(args[0][..colon].Trim('[', ']'), port, args[1]), null);
            default:
                return (null, "expected [HOST:PORT] NAME");
        }
    }
}
