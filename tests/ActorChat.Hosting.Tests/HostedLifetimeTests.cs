using System.Collections.Concurrent;
using ActorChat.Actors.Shutdown;
using ActorChat.Hosting.Lifetime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ActorChat.Hosting.Tests;

public sealed class HostedLifetimeTests
{
    private static readonly TimeSpan Bound = TestHostFactory.Bound;
    private readonly TestHostFactory _factory = new();

    [Fact]
    public async Task Start_RunsStartersInOrderThenStartupTasks_AndFillsTheRegistry()
    {
        var order = new ConcurrentQueue<string>();
        using var host = _factory.Build(b => b
            .AddStartup((_, _) => order.Enqueue("startup"))
            .WithActors((system, registry) =>
            {
                order.Enqueue("actors-1");
                registry.Register<Echo>(system.ActorOf(Props.Create<Echo>(), "echo"));
            })
            .WithActors(async (_, registry, ct) =>
            {
                await Task.Yield();
                order.Enqueue("actors-2:" + registry.Get<Echo>().Path.Name);
            }));

        await host.StartAsync().WaitAsync(Bound);

        Assert.Equal(["actors-1", "actors-2:echo", "startup"], order);
        var echo = host.Services.GetRequiredService<IRequiredActor<Echo>>().ActorRef;
        Assert.Equal("hi", await echo.Ask<string>("hi", Bound));
        Assert.Same(host.Services.GetRequiredService<ActorRegistry>(), host.Services.GetRequiredService<IReadOnlyActorRegistry>());
        Assert.Same(host.Services.GetRequiredService<ActorRegistry>(), ActorRegistry.For(host.Services.GetRequiredService<ActorSystem>()));
        Assert.Single(_factory.Logs.WithId(1200));
        await host.StopAsync().WaitAsync(Bound);
    }

    [Fact]
    public async Task Start_SystemLogs_GoThroughTheHostsLoggerFactory()
    {
        using var host = _factory.Build(_ => { });

        await host.StartAsync().WaitAsync(Bound);
        await host.StopAsync().WaitAsync(Bound);

        Assert.Contains(_factory.Logs.Records, r => r.EventId == 1011 && r.Category == "ActorChat.Actors.ActorSystem");
        Assert.Contains(_factory.Logs.Records, r => r.EventId == 1101 && r.Category == "ActorChat.Actors.CoordinatedShutdown");
    }

    [Fact]
    public async Task Stop_RunsEveryPhaseInOrderWithClrExitReason_AndTerminatesTheSystem()
    {
        var phases = new ConcurrentQueue<string>();
        using var host = _factory.Build(b => b.AddStartup((system, _) =>
        {
            var shutdown = CoordinatedShutdown.Get(system);
            foreach (var phase in shutdown.OrderedPhases)
            {
                shutdown.AddTask(phase, "record", _ =>
                {
                    phases.Enqueue(phase);
                    return Task.CompletedTask;
                });
            }
        }));
        await host.StartAsync().WaitAsync(Bound);
        var system = host.Services.GetRequiredService<ActorSystem>();

        await host.StopAsync().WaitAsync(Bound);

        Assert.Equal(CoordinatedShutdown.Get(system).OrderedPhases, phases);
        Assert.Same(ClrExitReason.Instance, CoordinatedShutdown.Get(system).ShutdownReason);
        Assert.True(system.WhenTerminated.IsCompleted);
        Assert.Empty(_factory.ExitCodes);
    }

    [Fact]
    public async Task SystemTerminatesOnItsOwn_StopsTheHostWithNonZeroExitCode()
    {
        using var host = _factory.Build(_ => { });
        await host.StartAsync().WaitAsync(Bound);
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());

        await host.Services.GetRequiredService<ActorSystem>().Terminate().WaitAsync(Bound);
        await stopping.Task.WaitAsync(Bound);
        await WatcherOf(host).WaitAsync(Bound);

        Assert.Equal([ActorSystemHostedService.UnrequestedStopExitCode], _factory.ExitCodes);
        Assert.Contains(_factory.Logs.WithId(1206), r => (string)r.State["Reason"]! == "ActorSystemTerminateReason");
        await host.StopAsync().WaitAsync(Bound);
    }

    [Fact]
    public async Task SystemTerminatedByProcessSignal_StopsTheHostWithoutExitCode()
    {
        using var host = _factory.Build(_ => { });
        await host.StartAsync().WaitAsync(Bound);
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());

        // What the runtime's SIGTERM hook does when the host's own lifetime does not handle signals.
        await CoordinatedShutdown.Get(host.Services.GetRequiredService<ActorSystem>()).Run(ClrExitReason.Instance).WaitAsync(Bound);
        await stopping.Task.WaitAsync(Bound);
        await WatcherOf(host).WaitAsync(Bound);

        Assert.Empty(_factory.ExitCodes);
        Assert.Single(_factory.Logs.WithId(1208));
        await host.StopAsync().WaitAsync(Bound);
    }

    [Fact]
    public async Task StartupTaskThrows_StartFailsAfterLoggingAndCleaningUp()
    {
        using var host = _factory.Build(b => b.AddStartup((_, _) => throw new InvalidOperationException("BOOM")));
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync().WaitAsync(Bound));

        Assert.Equal("BOOM", e.Message);
        var system = host.Services.GetRequiredService<ActorSystem>();
        Assert.True(system.WhenTerminated.IsCompleted);
        var failed = Assert.Single(_factory.Logs.WithId(1201));
        Assert.Equal(LogLevel.Critical, failed.Level);
        Assert.Same(e, failed.Exception);
        await WatcherOf(host).WaitAsync(Bound);
        Assert.Empty(_factory.ExitCodes);
        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task InvalidConfig_StartFailsWithTheConfigError()
    {
        using var host = _factory.Build(b => b.AddHocon("actorchat.coordinated-shutdown.phases.x.depends-on = [nowhere]", HoconAddMode.Prepend));

        var e = await Assert.ThrowsAsync<ActorChat.Hocon.ConfigException>(() => host.StartAsync().WaitAsync(Bound));

        Assert.Contains("unknown phase [nowhere]", e.Message, StringComparison.Ordinal);
        Assert.Single(_factory.Logs.WithId(1201));
    }

    private static Task WatcherOf(IHost host) =>
        host.Services.GetServices<IHostedService>().OfType<ActorSystemHostedService>().Single().Watcher;
}
