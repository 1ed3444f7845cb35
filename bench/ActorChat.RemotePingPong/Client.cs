using System.Runtime.CompilerServices;
using ActorChat.Actors;

namespace ActorChat.RemotePingPong;

/// <summary>
/// Keeps up to <c>inFlight</c> messages in flight to its remote echo until <c>roundTrips</c> replies
/// came back, then completes <c>done</c>. <c>progress</c> is read by the driver only when a run times
/// out (partial count), hence the volatile write.
/// </summary>
internal sealed class Client(IActorRef echo, object message, long roundTrips, int inFlight, StrongBox<long> progress, TaskCompletionSource done) : UntypedActor
{
    private long _sent;
    private long _received;

    protected override void OnReceive(object received)
    {
        if (received is Start)
        {
            var initial = Math.Min(inFlight, roundTrips);
            for (var i = 0; i < initial; i++)
            {
                _sent++;
                echo.Tell(message);
            }

            return;
        }

        _received++;
        Volatile.Write(ref progress.Value, _received);
        if (_sent < roundTrips)
        {
            _sent++;
            echo.Tell(received);
        }
        else if (_received == roundTrips)
        {
            done.TrySetResult();
        }
    }
}
