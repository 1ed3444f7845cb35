namespace ActorChat.PingPong;

/// <summary>One ping-pong run: messages counted are both directions (a round trip is two messages).</summary>
internal sealed record RunResult(int Throughput, long Messages, TimeSpan Elapsed, bool Completed, int Gen0, int Gen1, int Gen2)
{
    public double MessagesPerSecond => Messages / Elapsed.TotalSeconds;
}
