using ActorChat.Cmd.Catalogue;
using ActorChat.Cmd.Cli;
using ActorChat.Cmd.Connection;
using ActorChat.Cmd.Output;
using ActorChat.Cmd.Session;
using Spectre.Console;

// actorchat-cmd: connects to a node's management endpoint, downloads its palettes, then runs one
// command (one-shot) or opens the prompt. Exit codes: 0 ok, 1 command error, 2 cannot connect, 3 timeout.
var (options, usageError) = CmdOptions.Parse(args, Environment.GetEnvironmentVariable("ACTORCHAT_CMD_TOKEN"));
if (options is null)
{
    await Console.Error.WriteLineAsync($"actorchat-cmd: {usageError}\n{CmdOptions.Usage}").ConfigureAwait(false);
    return ExitCodes.CommandError;
}

if (options.Help && options.Command.Count == 0)
{
    await Console.Out.WriteAsync(CmdOptions.Usage).ConfigureAwait(false);
    return ExitCodes.Ok;
}

var (client, connectError) = await RpcClient.ConnectAsync(options.Host, options.Port, options.Timeout).ConfigureAwait(false);
if (client is null)
{
    await Console.Error.WriteLineAsync($"actorchat-cmd: cannot connect to {options.Address}: {connectError}").ConfigureAwait(false);
    return ExitCodes.CannotConnect;
}

await using (client.ConfigureAwait(false))
{
    if (options.Token is { } token)
    {
        var (authStatus, auth) = await client.CallAsync("auth", new Dictionary<string, object?> { ["token"] = token }, options.Timeout).ConfigureAwait(false);
        if (authStatus != CallStatus.Replied || auth!.IsError)
        {
            await Console.Error.WriteLineAsync($"actorchat-cmd: {options.Address} refused the token: {auth?.ErrorMessage ?? authStatus.ToString()}").ConfigureAwait(false);
            return authStatus == CallStatus.TimedOut ? ExitCodes.Timeout : ExitCodes.CommandError;
        }
    }

    var (status, palettes) = await client.CallAsync("palettes", null, options.Timeout).ConfigureAwait(false);
    if (status != CallStatus.Replied || palettes!.IsError)
    {
        var reason = palettes?.ErrorMessage ?? (status == CallStatus.TimedOut ? "timed out" : "connection closed");
        await Console.Error.WriteLineAsync($"actorchat-cmd: {options.Address}: cannot download the command palettes: {reason}").ConfigureAwait(false);
        return status == CallStatus.TimedOut ? ExitCodes.Timeout : palettes?.ErrorCode is not null ? ExitCodes.CommandError : ExitCodes.CannotConnect;
    }

    var catalogue = CommandCatalogue.Parse(palettes.Result!.Value);
    var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
    var console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,

        // No escape codes into a pipe or a file, even for an explicit -o table.
        Ansi = noColor || Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
        Out = new AnsiConsoleOutput(Console.Out),
    });
    var format = options.Output ?? (Console.IsOutputRedirected ? OutputFormat.Plain : OutputFormat.Table);
    var runner = new CommandRunner(client, catalogue, options, format, console, Console.Out, Console.Error);

    // Ctrl+C ends a running stream (one-shot or at the prompt); with no stream it ends the process.
    Console.CancelKeyPress += (_, e) =>
    {
        if (runner.ActiveStream is { } stream)
        {
            e.Cancel = true;
            stream.Cancel();
        }
    };

    Func<string, bool>? confirm = Console.IsInputRedirected ? null : question =>
    {
        Console.Error.Write(question + " [y/N] ");
        return Console.ReadLine()?.Trim().ToUpperInvariant() is "Y" or "YES";
    };

    if (options.Command.Count == 0)
    {
        return await Interactive.RunAsync(new SystemPromptConsole(), catalogue, options.Address, words => runner.RunAsync(words, confirm)).ConfigureAwait(false);
    }

    if (options.Help || options.Command[0] == "help")
    {
        var words = options.Command.SkipWhile(w => w == "help").ToList();
        await Console.Out.WriteAsync(catalogue.Help(words.ElementAtOrDefault(0), words.ElementAtOrDefault(1))).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    return await runner.RunAsync(options.Command, confirm).ConfigureAwait(false);
}
