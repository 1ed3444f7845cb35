using ActorChat.Actors;

namespace ActorChat.Benchmarks.Actors;

/// <summary>Counts messages and completes the current <see cref="Countdown"/> when it reaches zero.</summary>
public sealed class CountdownActor : UntypedActor
{
    private int _left;
    private TaskCompletionSource? _done;

    protected override void OnReceive(object message)
    {
        if (message is Countdown countdown)
        {
            _left = countdown.Count;
            _done = countdown.Done;
        }
        else if (--_left == 0)
        {
            _done!.TrySetResult();
        }
    }
}
