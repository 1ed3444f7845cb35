using ActorChat.LoadGen.Cli;
using ActorChat.LoadGen.Measure;
using ActorChat.LoadGen.Report;
using ActorChat.LoadGen.Scenarios;

// actorchat-loadgen: drives a chat server (ActorChat's line protocol or IRC) on loopback and prints
// one JSON line of results; "report" renders such lines into bench/README.md. See bench/README.md.
if (args.Length > 0 && args[0] == "report")
{
    return await ReportCommand.RunAsync(args[1..]).ConfigureAwait(false);
}

if (args.Any(a => a is "--help" or "-h"))
{
    await Console.Out.WriteLineAsync(Usage.Text).ConfigureAwait(false);
    return 0;
}

var (options, error) = OptionsParser.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync($"actorchat-loadgen: {error}\n\n{Usage.Text}").ConfigureAwait(false);
    return RunOutcome.BadArguments;
}

foreach (var pid in new[] { options.ServerPid, options.ServerPid2 }.OfType<int>())
{
    if (!ProcessProbe.Exists(pid))
    {
        await Console.Error.WriteLineAsync($"actorchat-loadgen: --server-pid {pid}: no such process").ConfigureAwait(false);
        return RunOutcome.BadArguments;
    }
}

if (options.InlineCompletions)
{
    // Read once by the runtime's socket engine when the first socket is used (it has not been yet):
    // receive continuations then run on the epoll thread instead of hopping to the thread pool,
    // which on a generator pinned to one core saves a thread switch per read.
    Environment.SetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
}

// Ctrl+C ends the run early; it still drains, closes its clients and prints its (incomplete) result.
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupted.Cancel();
};

var outcome = options.Scenario == Scenario.Connect
    ? await ConnectScenario.RunAsync(options, interrupted.Token).ConfigureAwait(false)
    : await MessageScenario.RunAsync(options, interrupted.Token).ConfigureAwait(false);
await Console.Out.WriteLineAsync(ResultJson.Serialize(outcome.Result)).ConfigureAwait(false);
return outcome.ExitCode;
