namespace ActorChat.Chat.Management;

/// <summary>
/// Messages per second for <c>chat stats</c>: the rate between the previous sample and now, where a
/// sample is kept only once at least a second has passed (so two quick calls do not divide by ~0).
/// The first call measures since the node started.
/// </summary>
internal sealed class RateSampler
{
    private static readonly TimeSpan MinWindow = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private (DateTimeOffset At, long In, long Out)? _previous;
    private (double In, double Out) _last;

    public (double In, double Out) Sample(DateTimeOffset now, DateTimeOffset startedAt, long messagesIn, long messagesOut)
    {
        lock (_gate)
        {
            var previous = _previous ?? (startedAt, 0, 0);
            var elapsed = now - previous.At;
            if (elapsed < MinWindow && _previous is not null)
            {
                return _last;
            }

            var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
            _last = ((messagesIn - previous.In) / seconds, (messagesOut - previous.Out) / seconds);
            _previous = (now, messagesIn, messagesOut);
            return _last;
        }
    }
}
