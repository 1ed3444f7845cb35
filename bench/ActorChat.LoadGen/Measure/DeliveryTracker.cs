using System.Diagnostics;
using ActorChat.LoadGen.Clients;
using ActorChat.LoadGen.Protocols;

namespace ActorChat.LoadGen.Measure;

/// <summary>
/// The run's view of what clients receive: latency of measured deliveries (sequence number at or
/// past <see cref="FirstMeasuredSeq"/>), the receive count that drives the <see cref="FlowWindow"/>,
/// errors and disconnects. Thread-safe; the delivery path is a parse, a clock read and two
/// interlocked increments.
/// </summary>
internal sealed class DeliveryTracker(FlowWindow window, ErrorTally errors) : IClientEvents
{
    private static readonly double MicrosPerTick = 1_000_000.0 / Stopwatch.Frequency;

    private long _disconnects;
    private string? _firstDisconnect;

    public LatencyHistogram Latency { get; } = new();

    /// <summary>Messages with a lower sequence number are warm-up: counted, not timed.</summary>
    public long FirstMeasuredSeq { get; set; }

    public long Disconnects => Interlocked.Read(ref _disconnects);

    /// <summary>Why the producer should stop early (a client was lost), or null.</summary>
    public string? AbortReason => Disconnects == 0 ? null : $"{Disconnects} client(s) disconnected (first: {Volatile.Read(ref _firstDisconnect)})";

    public bool OnDelivery(ReadOnlySpan<byte> text)
    {
        if (!MessageText.TryParse(text, out var sentAt, out var seq))
        {
            return false;
        }

        if (seq >= FirstMeasuredSeq)
        {
            Latency.Record((long)((Stopwatch.GetTimestamp() - sentAt) * MicrosPerTick));
        }

        return true;
    }

    public void OnDeliveriesReceived(int count) => window.AddReceived(count);

    public void OnError(ChatClient client, ReadOnlySpan<byte> line) => errors.Add(client.Name, line);

    public void OnDisconnected(ChatClient client, string reason)
    {
        Interlocked.Increment(ref _disconnects);
        if (Interlocked.CompareExchange(ref _firstDisconnect, $"{client.Name}: {reason}", null) is null)
        {
            Progress.Log($"{client.Name} disconnected: {reason}");
        }
    }
}
