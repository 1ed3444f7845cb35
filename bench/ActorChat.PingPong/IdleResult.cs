namespace ActorChat.PingPong;

/// <summary>Idle-actor footprint (two heap views) and the time it took to create them all.</summary>
internal sealed record IdleResult(int Count, TimeSpan CreateTime, double BytesPerActor, double HeapSizeBytesPerActor)
{
    public double ActorsPerSecond => Count / CreateTime.TotalSeconds;
}
