using ActorChat.Cmd.Catalogue;
using ActorChat.Cmd.Cli;

namespace ActorChat.Cmd.Session;

/// <summary>
/// The prompt <c>[HOST:PORT] actorchat&gt;</c>: <c>help [PALETTE [COMMAND]]</c>, any catalogue command,
/// <c>exit</c>. Commands run through <c>run</c>; the caller owns Ctrl+C (it stops a running
/// stream and returns here). Ends on exit, end of input (0) or a lost connection (2).
/// </summary>
internal static class Interactive
{
    public static async Task<int> RunAsync(IPromptConsole console, CommandCatalogue catalogue, string address, Func<IReadOnlyList<string>, Task<int>> run)
    {
        console.WriteLine($"connected to {catalogue.Node} at {address}; commands downloaded from the node, type 'help' to see them");
        var editor = new LineEditor(console, line => Completion.Candidates(catalogue, line));
        while (editor.ReadLine(Prompt(address)) is { } line)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (words)
            {
                case []:
                    continue;
                case ["exit" or "quit"]:
                    return ExitCodes.Ok;
                case ["help", ..]:
                    console.Write(catalogue.Help(words.ElementAtOrDefault(1), words.ElementAtOrDefault(2)));
                    continue;
                case [var palette] when catalogue.Palettes.Contains(palette, StringComparer.Ordinal):
                    // A palette alone is a question, not an error: show what it holds.
                    console.Write(catalogue.Help(palette));
                    continue;
            }

            var code = await run(words).ConfigureAwait(false);
            if (code == ExitCodes.CannotConnect)
            {
                console.WriteLine("connection to host terminated.");
                return code;
            }
        }

        return ExitCodes.Ok;
    }

    public static string Prompt(string address) => $"[{address}] actorchat> ";
}
