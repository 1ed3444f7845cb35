using ActorChat.Actors;

namespace ActorChat.Benchmarks.Actors;

/// <summary>Does nothing; counts constructions so a benchmark can wait until creation finished.</summary>
public sealed class IdleActor : UntypedActor
{
    private static long s_constructed;

    public IdleActor() => Interlocked.Increment(ref s_constructed);

    public static long Constructed => Volatile.Read(ref s_constructed);

    protected override void OnReceive(object message)
    {
    }
}
