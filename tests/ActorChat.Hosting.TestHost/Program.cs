using ActorChat.Actors.Shutdown;
using ActorChat.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Usage: ActorChat.Hosting.TestHost [--slow-phase]
// Prints "started" once the host is up, then one line per shutdown phase ("phase <name>") as the
// phase's task runs; with --slow-phase, phase service-stop waits until its 30 s timeout.
var slow = args.Contains("--slow-phase");
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
builder.Logging.SetMinimumLevel(LogLevel.Debug);
builder.Services.AddActorSystem("testhost", (system, _) =>
{
    system.AddHocon("actorchat { loglevel = DEBUG, coordinated-shutdown.phases.service-stop.timeout = 30 s }", HoconAddMode.Prepend);
    system.AddStartup((actors, _) =>
    {
        var shutdown = CoordinatedShutdown.Get(actors);
        foreach (var phase in shutdown.OrderedPhases)
        {
            shutdown.AddTask(phase, "print", async ct =>
            {
                Console.Out.WriteLine($"phase {phase}");
                if (slow && phase == CoordinatedShutdown.PhaseServiceStop)
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, ct).ConfigureAwait(false);
                }
            });
        }
    });
});

using var host = builder.Build();
await host.StartAsync().ConfigureAwait(false);
Console.Out.WriteLine("started");
await host.WaitForShutdownAsync().ConfigureAwait(false);
Console.Out.WriteLine("stopped");
