using ActorChat.Actors;

namespace ActorChat.Benchmarks.Actors;

/// <summary>
/// Single pair, pipelined: keeps <see cref="Burst.InFlight"/> shared messages in flight to an
/// <see cref="EchoActor"/> until <see cref="Burst.RoundTrips"/> replies came back.
/// </summary>
public sealed class BurstPingActor : UntypedActor
{
    private static readonly object Ball = new();
    private Burst? _burst;
    private int _sent;
    private int _received;

    protected override void OnReceive(object message)
    {
        if (message is Burst burst)
        {
            _burst = burst;
            _sent = _received = 0;
            for (var i = 0; i < burst.InFlight && _sent < burst.RoundTrips; i++)
            {
                _sent++;
                burst.Partner.Tell(Ball);
            }

            return;
        }

        var current = _burst!;
        if (++_received == current.RoundTrips)
        {
            current.Done.TrySetResult();
        }
        else if (_sent < current.RoundTrips)
        {
            _sent++;
            current.Partner.Tell(message);
        }
    }
}
