using System.Diagnostics;
using ActorChat.LoadGen.Cli;
using ActorChat.LoadGen.Measure;

namespace ActorChat.LoadGen.Scenarios;

/// <summary>Running one phase, and draining what is still in flight.</summary>
internal static partial class MessageScenario
{
    private static readonly TimeSpan AbortPoll = TimeSpan.FromMilliseconds(200);

    private static async Task<PhaseOutcome> RunPhaseAsync(
        string name, LoadGenOptions options, MessageProducer producer, FlowWindow window, long firstSeq, long count, long deadline, CancellationToken timeout)
    {
        var perMessage = options.DeliveriesPerMessage;

        // Armed before the first send of the phase: nothing is in flight now (the previous phase drained).
        var reached = window.ExpectReceived((firstSeq + count) * perMessage);
        using var stopTicker = new CancellationTokenSource();
        var ticker = TickAsync(name, window, firstSeq * perMessage, count * perMessage, stopTicker.Token);
        try
        {
            var produced = await ProducerThread.Start(() => options.Rate > 0
                ? producer.RunPaced(firstSeq, count, options.Rate, deadline, recordLag: firstSeq >= options.Warmup)
                : producer.RunFullSpeed(firstSeq, count, options.Window, options.Burst, deadline)).ConfigureAwait(false);
            if (produced.StoppedBecause is not null)
            {
                Progress.Log($"{name}: stopped after {produced.Sent:N0} messages: {produced.StoppedBecause}");
                return new PhaseOutcome(produced.Sent, produced.StoppedBecause, null);
            }

            // Everything is written; wait for the last delivery, giving up early if a client was lost.
            while (true)
            {
                try
                {
                    var at = await reached.WaitAsync(AbortPoll, timeout).ConfigureAwait(false);
                    return new PhaseOutcome(produced.Sent, null, at);
                }
                catch (TimeoutException) when (producer.AbortReason is { } reason)
                {
                    return new PhaseOutcome(produced.Sent, reason, null);
                }
                catch (TimeoutException)
                {
                    // Still waiting: poll again.
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested)
                {
                    return new PhaseOutcome(produced.Sent, "timeout", null);
                }
            }
        }
        finally
        {
            await stopTicker.CancelAsync().ConfigureAwait(false);
            await ticker.ConfigureAwait(false);
        }
    }

    /// <summary>Once a second on stderr: how much of the phase arrived, and the rate over the last second.</summary>
    private static async Task TickAsync(string name, FlowWindow window, long before, long expected, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var last = window.Received;
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                var now = window.Received;
                Progress.Log($"{name}: {now - before:N0} / {expected:N0} deliveries, {now - last:N0}/s, {window.InFlight:N0} in flight");
                last = now;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Phase over.
        }
    }

    /// <summary>Waits up to --drain-seconds for deliveries still in flight.</summary>
    private static async Task DrainAsync(LoadGenOptions options, FlowWindow window, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        Progress.Log($"draining: {window.InFlight:N0} deliveries outstanding, waiting up to {options.Drain.TotalSeconds:0.#} s");
        while (window.InFlight > 0 && Stopwatch.GetElapsedTime(started) < options.Drain && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(50, CancellationToken.None).ConfigureAwait(false);
        }

        Progress.Log($"drained: {window.InFlight:N0} deliveries still missing");
    }
}
