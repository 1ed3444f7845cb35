using System.Net;

namespace ActorChat.LoadGen.Cli;

/// <summary>
/// One validated run configuration. Built only by <see cref="OptionsParser"/>, which fills the
/// scenario-dependent defaults, so every property here is final.
/// </summary>
internal sealed record LoadGenOptions
{
    public required ProtocolKind Protocol { get; init; }

    public required Scenario Scenario { get; init; }

    public required string Label { get; init; }

    public required IPAddress Host { get; init; }

    public required int Port { get; init; }

    /// <summary>The second endpoint of <see cref="Scenario.Cross"/>; equal to <see cref="Port"/> for one node.</summary>
    public required int Port2 { get; init; }

    public int? ServerPid { get; init; }

    public int? ServerPid2 { get; init; }

    public required int Clients { get; init; }

    public required int Fanout { get; init; }

    /// <summary>Messages per second in total; 0 = full speed bounded by <see cref="Window"/>.</summary>
    public required double Rate { get; init; }

    /// <summary>Most deliveries sent but not yet received at full speed.</summary>
    public required int Window { get; init; }

    /// <summary>
    /// Full speed: most messages written before the send buffers are flushed; 0 = as many as the
    /// window has room for. Large bursts let each sender write several lines in one send, which is
    /// what makes the generator cheap enough to saturate a server (see bench/README.md).
    /// </summary>
    public required int Burst { get; init; }

    public required long Messages { get; init; }

    public required long Warmup { get; init; }

    public required int PayloadBytes { get; init; }

    public required TimeSpan Timeout { get; init; }

    public required TimeSpan Drain { get; init; }

    public required TimeSpan Settle { get; init; }

    public required TimeSpan Hold { get; init; }

    public required int ConnectConcurrency { get; init; }

    /// <summary>Prefix of every client name (cross: followed by the side letter a or b).</summary>
    public required string NamePrefix { get; init; }

    public required int Seed { get; init; }

    /// <summary>Run socket continuations on the epoll thread instead of the thread pool.</summary>
    public required bool InlineCompletions { get; init; }

    /// <summary>Deliveries one message causes: K for fanout, else 1.</summary>
    public int DeliveriesPerMessage => Scenario == Scenario.Fanout ? Fanout : 1;
}
