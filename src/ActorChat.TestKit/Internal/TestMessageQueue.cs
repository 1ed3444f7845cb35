using System.Collections.Concurrent;

namespace ActorChat.TestKit.Internal;

/// <summary>
/// The queue between the TestActor (producer) and the test thread (consumer). A semaphore counts the
/// messages, so both blocking (sync tests) and awaiting (async tests) reads are bounded waits.
/// Not disposable on purpose: a SemaphoreSlim only holds an OS handle once AvailableWaitHandle is
/// used (never here), and probes outlive no system, so nothing needs releasing.
/// </summary>
#pragma warning disable CA1001 // See the summary: the semaphore never allocates a handle, so there is nothing to dispose.
internal sealed class TestMessageQueue
#pragma warning restore CA1001
{
    private readonly ConcurrentQueue<MessageEnvelope> _queue = new();
    private readonly SemaphoreSlim _available = new(0);

    public int Count => _queue.Count;

    public void Enqueue(MessageEnvelope envelope)
    {
        _queue.Enqueue(envelope);
        _available.Release();
    }

    public bool TryTake(TimeSpan timeout, out MessageEnvelope envelope)
    {
        if (_available.Wait(Clamp(timeout)) && _queue.TryDequeue(out var taken))
        {
            envelope = taken;
            return true;
        }

        envelope = null!;
        return false;
    }

    public async Task<MessageEnvelope?> TakeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (await _available.WaitAsync(Clamp(timeout), cancellationToken).ConfigureAwait(false) && _queue.TryDequeue(out var taken))
        {
            return taken;
        }

        return null;
    }

    private static TimeSpan Clamp(TimeSpan timeout) => timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout;
}
