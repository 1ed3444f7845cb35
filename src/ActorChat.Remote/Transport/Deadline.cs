namespace ActorChat.Remote.Transport;

/// <summary>
/// A token cancelled when <c>linkedTo</c> is, or when <c>timeout</c> has passed on the system's
/// <see cref="TimeProvider"/> (so connect and handshake timeouts follow virtual time in tests, like the
/// failure detector). Disposing stops the timer.
/// </summary>
internal sealed class Deadline : IDisposable
{
    private readonly CancellationTokenSource _timer;
    private readonly CancellationTokenSource _linked;

    public Deadline(TimeSpan timeout, TimeProvider time, CancellationToken linkedTo)
    {
        _timer = new CancellationTokenSource(timeout, time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(linkedTo, _timer.Token);
    }

    public CancellationToken Token => _linked.Token;

    /// <summary>True when the time ran out (as opposed to the linked token being cancelled).</summary>
    public bool Expired => _timer.IsCancellationRequested;

    public void Dispose()
    {
        _linked.Dispose();
        _timer.Dispose();
    }
}
