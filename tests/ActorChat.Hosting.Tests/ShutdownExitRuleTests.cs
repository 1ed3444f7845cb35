using ActorChat.Actors.Shutdown;
using ActorChat.Hosting.Lifetime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ActorChat.Hosting.Tests;

/// <summary>Exit code rule: a shutdown someone asked for exits 0; a system that died unasked exits non-zero.</summary>
public sealed class ShutdownExitRuleTests
{
    private static readonly TimeSpan Bound = TestHostFactory.Bound;
    private readonly TestHostFactory _factory = new();

    [Fact]
    public void Rule_RequestedReasons_AreEveryReasonButTerminateAndNone()
    {
        Assert.True(ShutdownExitRule.IsRequested(ClrExitReason.Instance));
        Assert.True(ShutdownExitRule.IsRequested(UnknownReason.Instance));
        Assert.True(ShutdownExitRule.IsRequested(OperatorReason.Instance));
        Assert.False(ShutdownExitRule.IsRequested(ActorSystemTerminateReason.Instance));
        Assert.False(ShutdownExitRule.IsRequested(null));
    }

    [Fact]
    public async Task CoordinatedShutdownWithAppReason_StopsTheHostWithoutExitCode()
    {
        using var host = _factory.Build(_ => { });
        await host.StartAsync().WaitAsync(Bound);
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());

        // What "node shutdown" does: CoordinatedShutdown.Run with its own reason, not through the host.
        await CoordinatedShutdown.Get(host.Services.GetRequiredService<ActorSystem>()).Run(OperatorReason.Instance).WaitAsync(Bound);
        await stopping.Task.WaitAsync(Bound);
        await host.Services.GetServices<IHostedService>().OfType<ActorSystemHostedService>().Single().Watcher.WaitAsync(Bound);

        Assert.Empty(_factory.ExitCodes);
        Assert.Empty(_factory.Logs.WithId(1206));
        Assert.Contains(_factory.Logs.WithId(1209), r => (string)r.State["Reason"]! == nameof(OperatorReason));
        await host.StopAsync().WaitAsync(Bound);
    }

    private sealed class OperatorReason : ShutdownReason
    {
        public static OperatorReason Instance { get; } = new();
    }
}
