using System.Diagnostics;
using ActorChat.LoadGen.Cli;
using ActorChat.LoadGen.Measure;
using ActorChat.LoadGen.Report;

namespace ActorChat.LoadGen.Scenarios;

/// <summary>Turning counters and CPU samples into the run's result.</summary>
internal static partial class MessageScenario
{
    private static RunOutcome Finish(
        RunResult result, LoadGenOptions options, PhaseOutcome measured, CpuSample start, CpuSample end,
        FlowWindow window, DeliveryTracker tracker, ErrorTally errors, ServerProbe server, LatencyHistogram paceLag, int perMessage)
    {
        var deliveries = Math.Max(0, window.Received - (options.Warmup * perMessage));
        var messages = (double)deliveries / perMessage;
        var seconds = (end.Timestamp - start.Timestamp) / (double)Stopwatch.Frequency;
        double? serverCpu = end.ServerMicros - start.ServerMicros;
        double? loadgenCpu = end.LoadgenMicros - start.LoadgenMicros;
        var lost = window.InFlight;
        var complete = measured.StoppedBecause is null && measured.ReachedAt is not null && lost == 0 && tracker.Disconnects == 0;
        var latency = tracker.Latency;
        var final = result with
        {
            SentMessages = measured.Sent,
            ExpectedDeliveries = measured.Sent * perMessage,
            Deliveries = deliveries,
            Errors = errors.Count,
            ErrorSamples = errors.Samples(),
            Disconnects = tracker.Disconnects,
            Lost = lost,
            Complete = complete,
            Reason = complete ? null : measured.StoppedBecause ?? $"{lost} deliveries lost",
            Seconds = seconds,
            MsgsPerSec = ResultFactory.Ratio(messages, seconds),
            DeliveriesPerSec = ResultFactory.Ratio(deliveries, seconds),
            P50Us = latency.Percentile(0.50),
            P99Us = latency.Percentile(0.99),
            P999Us = latency.Percentile(0.999),
            MaxUs = latency.Count > 0 ? latency.MaxMicros : null,
            PaceLagP99Us = paceLag.Percentile(0.99),
            PaceLagMaxUs = paceLag.Count > 0 ? paceLag.MaxMicros : null,
            ServerCpuUsPerMessage = ResultFactory.Ratio(serverCpu, messages),
            ServerCpuUsPerDelivery = ResultFactory.Ratio(serverCpu, deliveries),
            ServerCpuShare = ResultFactory.Ratio(serverCpu, seconds * 1e6),
            LoadgenCpuUsPerMessage = ResultFactory.Ratio(loadgenCpu, messages),
            LoadgenCpuShare = ResultFactory.Ratio(loadgenCpu, seconds * 1e6),
            ServerRssAfterKb = server.RssKb(),
            StealPercent = MachineCpu.StealPercent(start.Machine, end.Machine),
        };
        Progress.Log(Summary(final));
        return new RunOutcome(final, complete ? RunOutcome.Ok : RunOutcome.Incomplete);
    }

    private static async Task<RunOutcome> IncompleteAsync(
        RunResult result, string reason, LoadGenOptions options, FlowWindow window, DeliveryTracker tracker, ErrorTally errors, ServerProbe server, CancellationToken cancellationToken)
    {
        Progress.Log(reason);
        await DrainAsync(options, window, cancellationToken).ConfigureAwait(false);
        var final = result with
        {
            Reason = reason,
            Lost = window.InFlight,
            Errors = errors.Count,
            ErrorSamples = errors.Samples(),
            Disconnects = tracker.Disconnects,
            ServerRssAfterKb = server.RssKb(),
        };
        return new RunOutcome(final, RunOutcome.Incomplete);
    }

    private static RunOutcome CannotConnect(RunResult result, string failure, ErrorTally errors)
    {
        Progress.Log("cannot connect: " + failure);
        return new RunOutcome(result with { Reason = failure, Errors = errors.Count, ErrorSamples = errors.Samples() }, RunOutcome.CannotConnect);
    }

    private static string Summary(RunResult r) =>
        $"{r.Scenario} {r.Label}: {r.Deliveries:N0} deliveries in {r.Seconds:F2} s = {r.MsgsPerSec:N0} msg/s ({r.DeliveriesPerSec:N0} deliveries/s), "
        + $"p50 {r.P50Us} / p99 {r.P99Us} / max {r.MaxUs} us, server CPU {r.ServerCpuUsPerMessage:F2} us/msg ({r.ServerCpuShare:P0} of a core), "
        + $"loadgen CPU {r.LoadgenCpuUsPerMessage:F2} us/msg ({r.LoadgenCpuShare:P0}), errors {r.Errors}, lost {r.Lost}"
        + (r.PaceLagP99Us is { } lag ? $", pacing late by {lag} us (p99)" : "")
        + (r.StealPercent is { } steal ? $", {steal:F1} % CPU stolen" : "")
        + (r.Complete ? "" : $", INCOMPLETE: {r.Reason}");
}
