using System.Collections.Concurrent;
using ActorChat.Hosting.Lifetime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ActorChat.Hosting.Tests;

/// <summary>Builds a real generic host around AddActorSystem, with captured logs and exit codes.</summary>
public sealed class TestHostFactory
{
    /// <summary>Bound for every await (the machine is shared, so generous).</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Exit codes the hosted service reported (instead of setting the test process's).</summary>
    public ConcurrentQueue<int> ExitCodes { get; } = new();

    public IHost Build(Action<ActorSystemBuilder> configure) =>
        new HostBuilder()
            .ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug))
            .ConfigureServices(services =>
            {
                services.AddSingleton(new ProcessExitCode { Set = ExitCodes.Enqueue });
                services.AddActorSystem("hosted", builder =>
                {
                    // In-process tests never hook the test process's signals.
                    builder.AddHocon("actorchat { loglevel = DEBUG, coordinated-shutdown.run-by-clr-shutdown-hook = off }", HoconAddMode.Prepend);
                    configure(builder);
                });
            })
            .Build();
}
