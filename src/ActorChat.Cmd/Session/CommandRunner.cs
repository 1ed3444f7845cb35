using System.Text.Json;
using ActorChat.Cmd.Catalogue;
using ActorChat.Cmd.Cli;
using ActorChat.Cmd.Connection;
using ActorChat.Cmd.Output;
using Spectre.Console;

namespace ActorChat.Cmd.Session;

/// <summary>
/// Runs one command line (<c>PALETTE COMMAND [ARGS]</c>) on a connected node and prints its output:
/// bind args by the downloaded catalogue → confirm if the command asks for it → call → render (or,
/// for a stream, print items until Ctrl+C, <c>--count</c>, or the node closes) → exit code.
/// </summary>
internal sealed class CommandRunner(RpcClient client, CommandCatalogue catalogue, CmdOptions options, OutputFormat defaultFormat, IAnsiConsole console, TextWriter output, TextWriter errors)
{
    /// <summary>Set while a stream runs; Ctrl+C cancels it.</summary>
    public CancellationTokenSource? ActiveStream { get; private set; }

    public async Task<int> RunAsync(IReadOnlyList<string> words, Func<string, bool>? confirm)
    {
        // At the prompt a line carries its own -o, --yes and --count (one-shot lines arrive already
        // stripped of them, so this is a no-op there); they override the process's for this line only.
        var (line, lineError) = CmdOptions.Parse(words, null);
        if (line is null)
        {
            await errors.WriteLineAsync("actorchat-cmd: " + lineError).ConfigureAwait(false);
            return ExitCodes.CommandError;
        }

        words = line.Command;
        var yes = options.Yes || line.Yes;
        var format = line.Output ?? defaultFormat;
        var count = line.Count ?? options.Count;
        if (words.Count < 2 || catalogue.Find(words[0], words[1]) is not { } command)
        {
            await errors.WriteLineAsync($"actorchat-cmd: unknown command \"{string.Join(' ', words)}\"; commands on {catalogue.Node}:\n{catalogue.Help()}").ConfigureAwait(false);
            return ExitCodes.CommandError;
        }

        var (parameters, bindError) = CommandCatalogue.Bind(command, [.. words.Skip(2)]);
        if (parameters is null)
        {
            await errors.WriteLineAsync("actorchat-cmd: " + bindError).ConfigureAwait(false);
            return ExitCodes.CommandError;
        }

        if (command.Confirm && !yes)
        {
            var question = $"{command.FullName} {string.Join(' ', words.Skip(2))} on node {catalogue.Node} ({options.Address})?".Replace("  ", " ", StringComparison.Ordinal);
            if (confirm is null)
            {
                await errors.WriteLineAsync($"actorchat-cmd: refusing to run \"{command.FullName}\" without confirmation: no terminal to ask on; pass --yes").ConfigureAwait(false);
                return ExitCodes.CommandError;
            }

            if (!confirm(question))
            {
                await errors.WriteLineAsync("actorchat-cmd: cancelled").ConfigureAwait(false);
                return ExitCodes.CommandError;
            }
        }

        var (status, reply) = await client.CallAsync(command.Method, parameters, options.Timeout).ConfigureAwait(false);
        if (status != CallStatus.Replied)
        {
            return await FailAsync(command, status).ConfigureAwait(false);
        }

        if (reply!.IsError)
        {
            if (format == OutputFormat.Json)
            {
                await output.WriteLineAsync(JsonOutput.Error(options.Address, command.FullName, reply.ErrorCode!.Value, reply.ErrorMessage!)).ConfigureAwait(false);
            }

            await errors.WriteLineAsync($"actorchat-cmd: {command.FullName}: {reply.ErrorMessage} (code {reply.ErrorCode})").ConfigureAwait(false);
            return ExitCodes.CommandError;
        }

        if (command.Streaming)
        {
            return await StreamAsync(command, reply.Result!.Value, format, count).ConfigureAwait(false);
        }

        await RenderAsync(command, reply.Result!.Value, format).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private async Task<int> FailAsync(CommandInfo command, CallStatus status)
    {
        var (code, text) = status == CallStatus.TimedOut
            ? (ExitCodes.Timeout, $"no reply within {options.Timeout.TotalSeconds:0.#}s")
            : (ExitCodes.CannotConnect, "connection to the node closed");
        await errors.WriteLineAsync($"actorchat-cmd: {command.FullName}: {text}").ConfigureAwait(false);
        return code;
    }

    private async Task RenderAsync(CommandInfo command, JsonElement result, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                await output.WriteLineAsync(JsonOutput.Result(options.Address, command.FullName, result)).ConfigureAwait(false);
                break;
            case OutputFormat.Plain:
                await output.WriteAsync(PlainOutput.Render(result)).ConfigureAwait(false);
                break;
            default:
                TableOutput.Render(console, result);
                break;
        }

        await output.FlushAsync().ConfigureAwait(false);
    }

    private async Task<int> StreamAsync(CommandInfo command, JsonElement started, OutputFormat format, int? count)
    {
        var subscription = started.GetProperty("subscription").GetInt64();
        using var stop = new CancellationTokenSource();
        ActiveStream = stop;
        var seen = 0;
        try
        {
            while (count is not { } max || seen < max)
            {
                JsonElement note;
                try
                {
                    note = await client.Notifications.ReadAsync(stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                catch (System.Threading.Channels.ChannelClosedException)
                {
                    await errors.WriteLineAsync("actorchat-cmd: connection to host terminated.").ConfigureAwait(false);
                    return ExitCodes.CannotConnect;
                }

                var parameters = note.GetProperty("params");
                if (parameters.GetProperty("subscription").GetInt64() != subscription)
                {
                    continue;
                }

                var item = parameters.EnumerateObject().First(p => p.Name != "subscription").Value;
                seen++;
                var line = format == OutputFormat.Json ? JsonOutput.Item(options.Address, command.FullName, item) : PlainOutput.Row(item);
                await output.WriteLineAsync(line).ConfigureAwait(false);
                await output.FlushAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            ActiveStream = null;
        }

        var (status, _) = await client.CallAsync("cancel", new Dictionary<string, object?> { ["subscription"] = subscription }, options.Timeout).ConfigureAwait(false);
        return status == CallStatus.Replied ? ExitCodes.Ok : await FailAsync(command, status).ConfigureAwait(false);
    }
}
