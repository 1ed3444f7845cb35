using ActorChat.LoadGen.Cli;
using ActorChat.LoadGen.Clients;
using ActorChat.LoadGen.Measure;

namespace ActorChat.LoadGen.Scenarios;

/// <summary>
/// N idle clients. Measures the time to connect and log in all of them, and the server's RSS
/// before connecting and after a settle pause → bytes per idle client. The clients read with
/// zero-byte reads, so the generator holds no receive buffer per client.
/// <code>
/// 1. server RSS (before)        3. settle pause, server RSS (after)
/// 2. connect + log in all       4. hold, then close
/// </code>
/// </summary>
internal static class ConnectScenario
{
    public static async Task<RunOutcome> RunAsync(LoadGenOptions options, CancellationToken cancellationToken = default)
    {
        var server = ServerProbe.For(options.ServerPid, options.ServerPid2);
        var errors = new ErrorTally();
        using var window = new FlowWindow();
        var tracker = new DeliveryTracker(window, errors);
        var result = ResultFactory.Base(options, ProcessProbe.LoadAverage1());
        var rssBefore = server.RssKb();
        var machineBefore = ProcessProbe.Machine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        Progress.Log($"connect: {options.Clients} {CliNames.Of(options.Protocol)} clients to {options.Host}:{options.Port}, {options.ConnectConcurrency} handshakes at a time");
        var connect = await ClientConnector.ConnectAllAsync(
            ClientPlan.For(options), ProtocolFactory.For(options.Protocol), tracker, idle: true, options.ConnectConcurrency, timeout.Token).ConfigureAwait(false);
        await using var group = new ClientGroup(connect.Clients);
        var connectSeconds = connect.Elapsed.TotalSeconds;
        if (connect.Failure is not null)
        {
            Progress.Log($"connect failed after {connect.Clients.Count} clients: {connect.Failure}");
            return new RunOutcome(
                result with { Reason = connect.Failure, ConnectSeconds = connectSeconds, Seconds = connectSeconds, Errors = errors.Count, ErrorSamples = errors.Samples() },
                RunOutcome.CannotConnect);
        }

        Progress.Log($"{options.Clients} clients logged in in {connectSeconds:F2} s; settling {options.Settle.TotalSeconds:0.#} s");
        await Task.Delay(options.Settle, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var rssAfter = server.RssKb();
        var steal = MachineCpu.StealPercent(machineBefore, ProcessProbe.Machine());
        if (options.Hold > TimeSpan.Zero)
        {
            Progress.Log($"holding {options.Hold.TotalSeconds:0.#} s");
            await Task.Delay(options.Hold, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        var complete = tracker.Disconnects == 0;
        var perClient = rssBefore is { } before && rssAfter is { } after ? (after - before) * 1024.0 / options.Clients : (double?)null;
        Progress.Log($"server RSS {rssBefore?.ToString() ?? "?"} kB -> {rssAfter?.ToString() ?? "?"} kB: {perClient?.ToString("N0") ?? "?"} bytes per idle client");
        return new RunOutcome(
            result with
            {
                Complete = complete,
                Reason = complete ? null : tracker.AbortReason,
                Seconds = connectSeconds,
                ConnectSeconds = connectSeconds,
                Errors = errors.Count,
                ErrorSamples = errors.Samples(),
                Disconnects = tracker.Disconnects,
                ServerRssBeforeKb = rssBefore,
                ServerRssAfterKb = rssAfter,
                BytesPerIdleClient = perClient,
                StealPercent = steal,
            },
            complete ? RunOutcome.Ok : RunOutcome.Incomplete);
    }
}
