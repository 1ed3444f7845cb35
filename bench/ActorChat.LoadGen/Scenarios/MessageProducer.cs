using System.Diagnostics;
using ActorChat.LoadGen.Clients;
using ActorChat.LoadGen.Measure;
using ActorChat.LoadGen.Protocols;

namespace ActorChat.LoadGen.Scenarios;

/// <summary>
/// Writes the messages of one phase on one dedicated thread, either as fast as the in-flight window
/// allows (closed loop) or paced at a fixed rate (open loop). Nothing here allocates per message:
/// the text is formatted into one reused buffer and appended to the sender's outgoing buffer; each
/// burst ends with one write per sender that has something buffered.
/// </summary>
internal sealed class MessageProducer(
    ITrafficPattern pattern,
    FlowWindow window,
    IChatProtocol protocol,
    int payloadBytes,
    int seed,
    Func<string?> abortReason)
{
    private static readonly double MicrosPerTick = 1_000_000.0 / Stopwatch.Frequency;

    private readonly byte[] _text = new byte[MessageText.MaxLength];
    private readonly List<ChatClient> _queued = [];
    private FastRandom _random = new(seed);

    /// <summary>Why the run should stop early (e.g. a client was disconnected), or null.</summary>
    public string? AbortReason => abortReason();

    /// <summary>Full speed: keeps at most <paramref name="windowSize"/> deliveries in flight.</summary>
    public ProducerOutcome RunFullSpeed(long firstSeq, long count, int windowSize, int burst, long deadline)
    {
        var perMessage = pattern.DeliveriesPerMessage;

        // A window smaller than one message would never let anything through.
        var limit = Math.Max(windowSize, perMessage);
        var lowWater = Math.Max(0, limit / 2);
        long sent = 0;
        while (sent < count)
        {
            if (Stop(deadline) is { } reason)
            {
                return new ProducerOutcome(sent, reason);
            }

            var room = (limit - window.InFlight) / perMessage;
            if (room <= 0)
            {
                window.WaitForInFlightAtMost(lowWater, TimeSpan.FromMilliseconds(100));
                continue;
            }

            var n = Math.Min(room, count - sent);
            if (burst > 0)
            {
                n = Math.Min(n, burst);
            }

            window.AddSent(n * perMessage);
            for (var i = 0; i < n; i++)
            {
                Write(firstSeq + sent + i, Stopwatch.GetTimestamp());
            }

            sent += n;
            FlushQueued();
        }

        return new ProducerOutcome(sent, null);
    }

    /// <summary>How late paced messages were written versus their schedule (measured phase only).</summary>
    public LatencyHistogram PaceLag { get; } = new();

    /// <summary>
    /// Paced (open loop): <paramref name="rate"/> messages per second on a fixed schedule, released
    /// each time the thread wakes (about every millisecond), whatever the server does. Each text
    /// carries the time it was written, not the time it was due: stamping the due time would charge
    /// the server with up to a millisecond of the generator's own timer granularity. Writes that
    /// fall behind the schedule (a slow generator, or a server whose socket no longer takes data)
    /// are recorded in <see cref="PaceLag"/>, so a late schedule is visible rather than hidden.
    /// </summary>
    public ProducerOutcome RunPaced(long firstSeq, long count, double rate, long deadline, bool recordLag)
    {
        var perMessage = pattern.DeliveriesPerMessage;
        var ticksPerMessage = Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp();
        long sent = 0;
        while (sent < count)
        {
            if (Stop(deadline) is { } reason)
            {
                return new ProducerOutcome(sent, reason);
            }

            var due = Math.Min(count, (long)((Stopwatch.GetTimestamp() - start) / ticksPerMessage) + 1);
            if (due > sent)
            {
                window.AddSent((due - sent) * perMessage);
                for (; sent < due; sent++)
                {
                    var now = Stopwatch.GetTimestamp();
                    if (recordLag)
                    {
                        PaceLag.Record((long)((now - start - (sent * ticksPerMessage)) * MicrosPerTick));
                    }

                    Write(firstSeq + sent, now);
                }

                FlushQueued();
            }

            if (sent < count)
            {
                Thread.Sleep(1);
            }
        }

        return new ProducerOutcome(sent, null);
    }

    private string? Stop(long deadline) =>
        Stopwatch.GetTimestamp() > deadline ? "timeout" : abortReason();

    private void Write(long seq, long dueTimestamp)
    {
        var sender = pattern.Next(ref _random, out var prefix);
        var length = MessageText.Write(_text, dueTimestamp, seq, payloadBytes);
        sender.Append(prefix, _text.AsSpan(0, length), protocol.Terminator);
        if (!sender.IsQueued)
        {
            sender.IsQueued = true;
            _queued.Add(sender);
        }
    }

    private void FlushQueued()
    {
        foreach (var client in _queued)
        {
            client.Flush();
            client.IsQueued = false;
        }

        _queued.Clear();
    }
}
