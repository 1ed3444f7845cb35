namespace ActorChat.LoadGen.Report;

/// <summary>
/// <c>actorchat-loadgen report RESULTS.jsonl [--readme FILE] [--note TEXT]</c>: renders the result
/// lines as markdown tables; with --readme, writes them between the peers markers of that file,
/// otherwise prints them. Exit codes: 0 ok, 1 bad arguments or unreadable input.
/// </summary>
internal static class ReportCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        string? input = null, readme = null, note = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--readme" when i + 1 < args.Count:
                    readme = args[++i];
                    break;
                case "--note" when i + 1 < args.Count:
                    note = args[++i];
                    break;
                case var path when input is null && !path.StartsWith("--", StringComparison.Ordinal):
                    input = path;
                    break;
                default:
                    return await FailAsync($"unexpected argument {args[i]}").ConfigureAwait(false);
            }
        }

        if (input is null || !File.Exists(input))
        {
            return await FailAsync(input is null ? "missing RESULTS.jsonl" : $"{input}: no such file").ConfigureAwait(false);
        }

        var lines = await File.ReadAllLinesAsync(input).ConfigureAwait(false);
        var results = lines.Select(ResultJson.TryParse).OfType<RunResult>().ToList();
        if (results.Count == 0)
        {
            return await FailAsync($"{input}: no {RunResult.SchemaName} result lines").ConfigureAwait(false);
        }

        var table = ComparisonTable.Render(results, input, note);
        if (readme is null)
        {
            await Console.Out.WriteAsync(table).ConfigureAwait(false);
            return 0;
        }

        var (text, error) = ReadmeSection.Replace(await File.ReadAllTextAsync(readme).ConfigureAwait(false), table);
        if (text is null)
        {
            return await FailAsync($"{readme}: {error}").ConfigureAwait(false);
        }

        await File.WriteAllTextAsync(readme, text).ConfigureAwait(false);
        await Console.Error.WriteLineAsync($"actorchat-loadgen report: {results.Count} results written into {readme}").ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync($"actorchat-loadgen report: {message}").ConfigureAwait(false);
        return 1;
    }
}
