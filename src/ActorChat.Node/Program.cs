using ActorChat.Chat;
using ActorChat.Chat.Management;
using ActorChat.Chat.Management.Logs;
using ActorChat.Chat.Management.Settings;
using ActorChat.Chat.Settings;
using ActorChat.Hosting;
using ActorChat.Node.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// actorchat-node: loads config, binds the chat port, hosts the chat service until a signal or
// host stop runs CoordinatedShutdown. Exit codes: 0 clean shutdown, 1 bad config or port, 2 usage.
var (options, usageError) = NodeOptions.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync($"actorchat-node: {usageError}\n{NodeOptions.Usage}").ConfigureAwait(false);
    return 2;
}

var (config, configError) = NodeConfiguration.Load(options);
if (config is null)
{
    await Console.Error.WriteLineAsync($"actorchat-node: bad config: {configError}").ConfigureAwait(false);
    return 1;
}

if (options.PrintConfig)
{
    await Console.Out.WriteLineAsync(config.Effective().ToJson()).ConfigureAwait(false);
    return 0;
}

var withReference = ChatReference.WithReference(config.User);
var bound = ChatSettingsBinder.Bind(withReference);
if (!bound.IsValid)
{
    return await ReportProblemsAsync(config, bound.Problems).ConfigureAwait(false);
}

var (cmdSettings, cmdProblems) = CmdSettingsBinder.Bind(withReference);
if (cmdSettings is null)
{
    return await ReportProblemsAsync(config, cmdProblems).ConfigureAwait(false);
}

var settings = bound.Settings!;
var binding = ChatEndpoint.Bind(settings);
if (!binding.IsBound)
{
    await Console.Error.WriteLineAsync($"actorchat-node: {binding.Error}").ConfigureAwait(false);
    return 1;
}

var cmdBinding = cmdSettings.Enabled ? CmdEndpoint.Bind(cmdSettings) : null;
if (cmdBinding is { IsBound: false })
{
    binding.Socket!.Dispose();
    await Console.Error.WriteLineAsync($"actorchat-node: {cmdBinding.Error}").ConfigureAwait(false);
    return 1;
}

// Recent log entries for "log peek" / "log tail"; filled by the same pipeline as the console.
var logRing = new LogRing(cmdSettings.LogBufferSize);

var builder = Host.CreateApplicationBuilder();
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
builder.Logging.AddProvider(new LogRingProvider(logRing));
builder.Services.AddActorSystem("actorchat", (system, services) =>
{
    system.AddHocon(config.User, HoconAddMode.Prepend);
    system.AddHocon(ChatReference.Config, HoconAddMode.Append);
    system.WithActors(async (actors, registry, ct) =>
    {
        var chat = await ChatService.StartAsync(actors, settings, binding.Socket!, ct).ConfigureAwait(false);
        registry.Register<ChatService>(chat.Guardian);
        if (cmdBinding is not null)
        {
            // "node shutdown" runs CoordinatedShutdown with CmdShutdownReason; the host treats that as a requested stop (exit 0).
            var cmd = await ManagementService.StartAsync(actors, chat, cmdSettings, cmdBinding.Socket!, config.Effective(), logRing, settings.NodeName, cancellationToken: ct).ConfigureAwait(false);
            registry.Register<ManagementService>(cmd.Acceptor);

            // Printed before the chat line, so a script that waits for the chat line knows both ports.
            await Console.Out.WriteLineAsync($"actorchat-node {settings.NodeName}: cmd listening on {cmd.Endpoint}").ConfigureAwait(false);
        }

        // A stable, parseable line for scripts and tests (the log has it too, event 2000).
        await Console.Out.WriteLineAsync($"actorchat-node {settings.NodeName}: chat listening on {chat.Endpoint}").ConfigureAwait(false);
    });
});

using var host = builder.Build();
await host.RunAsync().ConfigureAwait(false);
return Environment.ExitCode;

// Each problem on its own line, naming where its key was set; the exit code for bad config.
static async Task<int> ReportProblemsAsync(NodeConfiguration layers, IReadOnlyList<ConfigProblem> problems)
{
    foreach (var problem in problems)
    {
        await Console.Error.WriteLineAsync($"actorchat-node: bad config ({layers.Locate(problem.Key)}): {problem.Message}").ConfigureAwait(false);
    }

    return 1;
}
