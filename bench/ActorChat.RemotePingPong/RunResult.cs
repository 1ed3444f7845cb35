namespace ActorChat.RemotePingPong;

/// <summary>One run: messages counted in both directions (a round trip is two remote messages), as Akka's RemotePingPong does.</summary>
internal sealed record RunResult(int Clients, long Messages, TimeSpan Elapsed, bool Completed, int Gen0, int Gen1, int Gen2, long AllocatedBytes)
{
    /// <summary>Bytes allocated by the whole process (both systems) per message moved.</summary>
    public double BytesPerMessage => AllocatedBytes / (double)Math.Max(1, Messages);

    public double MessagesPerSecond => Messages / Elapsed.TotalSeconds;
}
