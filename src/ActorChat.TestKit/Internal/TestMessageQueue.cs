using System.Collections.Concurrent;

namespace ActorChat.TestKit.Internal;

/// <summary>
/// The queue between the TestActor (producer) and the test thread (consumer). A semaphore counts the
/// messages, so both blocking (sync tests) and awaiting (async tests) reads are bounded waits.
/// There is one consumer (the test), so a peek may take a permit and give it straight back.
/// Not disposable on purpose: a SemaphoreSlim only holds an OS handle once AvailableWaitHandle is
/// used (never here), and nothing else needs releasing.
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

    /// <summary>Waits for a message but leaves it in the queue.</summary>
    public bool TryPeek(TimeSpan timeout, out MessageEnvelope envelope)
    {
        if (_available.Wait(Clamp(timeout)))
        {
            _available.Release();
            if (_queue.TryPeek(out var head))
            {
                envelope = head;
                return true;
            }
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

    public async Task<MessageEnvelope?> PeekAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (await _available.WaitAsync(Clamp(timeout), cancellationToken).ConfigureAwait(false))
        {
            _available.Release();
            if (_queue.TryPeek(out var head))
            {
                return head;
            }
        }

        return null;
    }

    private static TimeSpan Clamp(TimeSpan timeout) => timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout;
}
