using ActorChat.Actors;

namespace ActorChat.Benchmarks.Actors;

/// <summary>
/// Starts a single-ball rally on a <see cref="TaskCompletionSource"/> and bounces <see cref="Signal"/>
/// with its partner until the count runs out: exactly one message in flight, so every hop pays the full
/// enqueue → schedule → run cost (the latency-bound case, as Akka.NET's single-pair benchmark).
/// </summary>
public sealed class PingActor : UntypedActor
{
    private TaskCompletionSource? _done;

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case Signal { Remaining: <= 0 }:
                _done!.TrySetResult();
                break;
            case Signal signal:
                Sender.Tell(new Signal(signal.Remaining - 1));
                break;
            case Rally rally:
                _done = rally.Done;
                rally.Partner.Tell(new Signal(rally.Hops));
                break;
        }
    }
}
