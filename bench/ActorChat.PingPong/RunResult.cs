namespace ActorChat.PingPong;

/// <summary>
/// One ping-pong run: messages counted are both directions (a round trip is two messages).
/// <see cref="CpuTime"/> is the process's user+system CPU time during the run: on a shared, loaded
/// machine CPU time per message moves much less than wall-clock throughput, so it is the better A/B signal.
/// </summary>
internal sealed record RunResult(int Throughput, long Messages, TimeSpan Elapsed, TimeSpan CpuTime, bool Completed, int Gen0, int Gen1, int Gen2)
{
    public double MessagesPerSecond => Messages / Elapsed.TotalSeconds;

    public double CpuNanosecondsPerMessage => CpuTime.TotalNanoseconds / Messages;
}
