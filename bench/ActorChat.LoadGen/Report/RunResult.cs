namespace ActorChat.LoadGen.Report;

/// <summary>
/// The one JSON line a run prints (schema <see cref="SchemaName"/>; fields in bench/README.md).
/// Null means "not measured in this scenario" (no latency for connect, no RSS without a server PID).
/// </summary>
internal sealed record RunResult
{
    public const string SchemaName = "actorchat-loadgen/1";

    public string Schema { get; init; } = SchemaName;

    public required string Label { get; init; }

    public required string Protocol { get; init; }

    public required string Scenario { get; init; }

    public int Port { get; init; }

    public int? Port2 { get; init; }

    public int Clients { get; init; }

    public int? Fanout { get; init; }

    public double Rate { get; init; }

    public int? Window { get; init; }

    public int? PayloadBytes { get; init; }

    public int ConnectConcurrency { get; init; }

    public long Messages { get; init; }

    public long Warmup { get; init; }

    public long SentMessages { get; init; }

    public long ExpectedDeliveries { get; init; }

    public long Deliveries { get; init; }

    public long Errors { get; init; }

    public IReadOnlyList<string>? ErrorSamples { get; init; }

    public long Disconnects { get; init; }

    public long Lost { get; init; }

    public bool Complete { get; init; }

    public string? Reason { get; init; }

    public double Seconds { get; init; }

    public double? ConnectSeconds { get; init; }

    public double? MsgsPerSec { get; init; }

    public double? DeliveriesPerSec { get; init; }

    public long? P50Us { get; init; }

    public long? P99Us { get; init; }

    public long? P999Us { get; init; }

    public long? MaxUs { get; init; }

    /// <summary>Paced runs: how late the generator wrote messages versus the schedule (p99, max).</summary>
    public long? PaceLagP99Us { get; init; }

    public long? PaceLagMaxUs { get; init; }

    public double? ServerCpuUsPerMessage { get; init; }

    public double? ServerCpuUsPerDelivery { get; init; }

    /// <summary>Server CPU time / wall time of the measured phase (1.0 = one full core).</summary>
    public double? ServerCpuShare { get; init; }

    public double? LoadgenCpuUsPerMessage { get; init; }

    /// <summary>Generator CPU time / wall time of the measured phase; near 1.0 on one core = generator-bound.</summary>
    public double? LoadgenCpuShare { get; init; }

    public long? ServerRssBeforeKb { get; init; }

    public long? ServerRssAfterKb { get; init; }

    public double? BytesPerIdleClient { get; init; }

    public double? LoadAvg1 { get; init; }

    /// <summary>Percent of all CPUs' time stolen by the hypervisor during the measured phase (virtual machines).</summary>
    public double? StealPercent { get; init; }

    public int ProcessorCount { get; init; }

    public required string Timestamp { get; init; }
}
