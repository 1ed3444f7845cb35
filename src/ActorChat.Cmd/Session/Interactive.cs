using ActorChat.Cmd.Catalogue;

namespace ActorChat.Cmd.Session;

/// <summary>
/// The prompt <c>[HOST:PORT] actorchat&gt;</c>: <c>help [PALETTE [COMMAND]]</c>, any catalogue command,
/// <c>exit</c>. Ctrl+C stops a running stream and returns to the prompt; otherwise it exits.
/// </summary>
internal static class Interactive
{
    public static async Task<int> RunAsync(CommandRunner runner, CommandCatalogue catalogue, string address)
    {
        Console.WriteLine($"connected to {catalogue.Node} at {address}; commands downloaded from the node, type 'help' to see them");
        var editor = new LineEditor(line => Completion.Candidates(catalogue, line));
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (runner.ActiveStream is { } stream)
            {
                e.Cancel = true;
                stream.Cancel();
            }
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            while (editor.ReadLine($"[{address}] actorchat> ") is { } line)
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                switch (words)
                {
                    case []:
                        continue;
                    case ["exit" or "quit"]:
                        return 0;
                    case ["help", ..]:
                        Console.Write(catalogue.Help(words.ElementAtOrDefault(1), words.ElementAtOrDefault(2)));
                        continue;
                }

                var code = await runner.RunAsync(words, Ask).ConfigureAwait(false);
                if (code == Cli.ExitCodes.CannotConnect)
                {
                    Console.WriteLine("connection to host terminated.");
                    return code;
                }
            }

            return 0;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static bool Ask(string question)
    {
        Console.Write(question + " [y/N] ");
        return Console.ReadLine()?.Trim().ToUpperInvariant() is "Y" or "YES";
    }
}
