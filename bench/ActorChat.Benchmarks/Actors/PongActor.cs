using ActorChat.Actors;

namespace ActorChat.Benchmarks.Actors;

/// <summary>Returns every <see cref="Signal"/> with one hop fewer.</summary>
public sealed class PongActor : UntypedActor
{
    protected override void OnReceive(object message)
    {
        if (message is Signal signal)
        {
            Sender.Tell(new Signal(signal.Remaining - 1));
        }
    }
}
