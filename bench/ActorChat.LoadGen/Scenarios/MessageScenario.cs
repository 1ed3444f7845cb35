using System.Diagnostics;
using ActorChat.LoadGen.Cli;
using ActorChat.LoadGen.Clients;
using ActorChat.LoadGen.Measure;
using ActorChat.LoadGen.Report;

namespace ActorChat.LoadGen.Scenarios;

/// <summary>
/// direct, fanout and cross: clients log in, then two phases of the same traffic.
/// <code>
/// 1. connect + log in (+ IRC fan-out: JOIN)
/// 2. warm-up: M0 messages, wait until all arrived (not timed)
/// 3. measured: CPU sample, M messages, wait until all arrived, CPU sample
/// 4. if deliveries are missing: wait up to --drain-seconds, then lost = sent - received
/// </code>
/// Every phase is bounded by the run's --timeout-seconds.
/// </summary>
internal static partial class MessageScenario
{
    public static async Task<RunOutcome> RunAsync(LoadGenOptions options, CancellationToken cancellationToken = default)
    {
        var server = ServerProbe.For(options.ServerPid, options.ServerPid2);
        var errors = new ErrorTally();
        using var window = new FlowWindow();
        var tracker = new DeliveryTracker(window, errors) { FirstMeasuredSeq = options.Warmup };
        var result = ResultFactory.Base(options, ProcessProbe.LoadAverage1());
        var protocol = ProtocolFactory.For(options.Protocol);
        var rssBefore = server.RssKb();
        var deadline = Stopwatch.GetTimestamp() + (long)(options.Timeout.TotalSeconds * Stopwatch.Frequency);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);

        Progress.Log($"{CliNames.Of(options.Scenario)}: {options.Clients} {CliNames.Of(options.Protocol)} clients, {Describe(options)}");
        var connect = await ClientConnector.ConnectAllAsync(
            ClientPlan.For(options), protocol, tracker, idle: false, options.ConnectConcurrency, timeout.Token).ConfigureAwait(false);
        await using var group = new ClientGroup(connect.Clients);
        result = result with { ConnectSeconds = connect.Elapsed.TotalSeconds, ServerRssBeforeKb = rssBefore };
        if (connect.Failure is not null)
        {
            return CannotConnect(result, connect.Failure, errors);
        }

        Progress.Log($"{connect.Clients.Count} clients logged in in {connect.Elapsed.TotalSeconds:F2} s");
        var (pattern, setupFailure) = await PatternSetup.BuildAsync(options, protocol, connect.Clients, timeout.Token).ConfigureAwait(false);
        if (pattern is null)
        {
            return CannotConnect(result, setupFailure!, errors);
        }

        var producer = new MessageProducer(pattern, window, protocol, options.PayloadBytes, options.Seed, () => tracker.AbortReason);
        var perMessage = pattern.DeliveriesPerMessage;

        // 2. Warm-up.
        if (options.Warmup > 0)
        {
            var warm = await RunPhaseAsync("warm-up", options, producer, window, 0, options.Warmup, deadline, timeout.Token).ConfigureAwait(false);
            if (warm.StoppedBecause is not null || window.Received < options.Warmup * perMessage)
            {
                var reason = "warm-up did not complete: " + (warm.StoppedBecause ?? "timeout");
                return await IncompleteAsync(result, reason, options, window, tracker, errors, server, cancellationToken).ConfigureAwait(false);
            }
        }

        // 3. Measured phase.
        var start = CpuSample.Take(server);
        var measured = await RunPhaseAsync("measured", options, producer, window, options.Warmup, options.Messages, deadline, timeout.Token).ConfigureAwait(false);
        var end = CpuSample.Take(server) with { Timestamp = measured.ReachedAt ?? Stopwatch.GetTimestamp() };

        // 4. Drain what is still missing (also after an early stop, so lost counts only what never came).
        var complete = measured.StoppedBecause is null && measured.ReachedAt is not null;
        if (!complete)
        {
            await DrainAsync(options, window, cancellationToken).ConfigureAwait(false);
        }

        return Finish(result, options, measured, start, end, window, tracker, errors, server, producer.PaceLag, perMessage);
    }

    private static string Describe(LoadGenOptions o) =>
        (o.Rate > 0 ? $"{o.Rate:N0} msg/s" : $"full speed (window {o.Window} deliveries)")
        + $", {o.Warmup:N0} warm-up + {o.Messages:N0} measured messages"
        + (o.Scenario == Scenario.Fanout ? $" x {o.Fanout} recipients" : "")
        + (o.Scenario == Scenario.Cross ? $", ports {o.Port} and {o.Port2}" : $", port {o.Port}");
}
