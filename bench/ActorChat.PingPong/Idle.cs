using ActorChat.Actors;

namespace ActorChat.PingPong;

/// <summary>An actor that does nothing; its constructor counts instances so the driver knows all were built.</summary>
internal sealed class Idle : UntypedActor
{
    private static long s_constructed;

    public Idle() => Interlocked.Increment(ref s_constructed);

    public static long Constructed => Volatile.Read(ref s_constructed);

    public static void ResetCount() => Volatile.Write(ref s_constructed, 0);

    protected override void OnReceive(object message)
    {
    }
}
