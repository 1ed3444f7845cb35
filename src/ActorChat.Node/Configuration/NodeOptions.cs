namespace ActorChat.Node.Configuration;

/// <summary>The command line: <c>[--config FILE] [--set path=value]... [--print-config]</c>.</summary>
internal sealed record NodeOptions(string? ConfigFile, IReadOnlyList<string> Sets, bool PrintConfig)
{
    public const string Usage = "usage: actorchat-node [--config FILE] [--set path=value]... [--print-config]";

    /// <summary>Parses <paramref name="args"/>; an unusable command line is an error value, not an exception.</summary>
    public static (NodeOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? file = null;
        var sets = new List<string>();
        var print = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--config" when i + 1 < args.Count && file is null:
                    file = args[++i];
                    break;
                case "--config" when file is not null:
                    return (null, "--config given twice");
                case "--set" when i + 1 < args.Count:
                    var set = args[++i];
                    if (set.IndexOf('=', StringComparison.Ordinal) <= 0)
                    {
                        return (null, $"--set expects path=value, got \"{set}\"");
                    }

                    sets.Add(set);
                    break;
                case "--print-config":
                    print = true;
                    break;
                case "--config" or "--set":
                    return (null, arg + " needs a value");
                default:
                    return (null, $"unknown argument \"{arg}\"");
            }
        }

        return (new NodeOptions(file, sets, print), null);
    }
}
