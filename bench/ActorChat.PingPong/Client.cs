using System.Runtime.CompilerServices;
using ActorChat.Actors;

namespace ActorChat.PingPong;

/// <summary>
/// Keeps up to <c>inFlight</c> balls in flight to its destination until
/// <c>roundTrips</c> replies came back, then completes <c>done</c>. <c>progress</c> is read by the
/// driver only when a run times out (partial count), so it is published with a volatile write.
/// </summary>
internal sealed class Client(IActorRef destination, long roundTrips, int inFlight, StrongBox<long> progress, TaskCompletionSource done) : UntypedActor
{
    private long _sent;
    private long _received;

    protected override void OnReceive(object message)
    {
        if (message is Ball)
        {
            _received++;
            Volatile.Write(ref progress.Value, _received);
            if (_sent < roundTrips)
            {
                _sent++;
                destination.Tell(message);
            }
            else if (_received == roundTrips)
            {
                done.TrySetResult();
            }
        }
        else if (message is Start)
        {
            var initial = Math.Min(inFlight, roundTrips);
            for (var i = 0; i < initial; i++)
            {
                _sent++;
                destination.Tell(Ball.Instance);
            }
        }
    }
}
