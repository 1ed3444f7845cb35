using ActorChat.Actors;
using ActorChat.TestKit.Internal;

namespace ActorChat.TestKit;

/// <summary>
/// The expectation API over one TestActor's message queue. <see cref="TestKit"/> (owning a system)
/// and <see cref="TestProbe"/> (sharing one) both build on it, so they expose the same API.
/// Every wait is bounded: explicit timeouts are dilated by <c>actorchat.test.timefactor</c>; without
/// one, the remaining time of the innermost <c>Within</c> block applies, else the
/// dilated <c>single-expect-default</c>. Members are meant for the one test thread (or async flow).
/// </summary>
public abstract partial class TestKitBase
{
    private static int s_testActorCounter;
    private readonly TestMessageQueue _queue = new();
    private readonly TestActorHooks _hooks = new();

    private protected TestKitBase(ActorSystem system, TestKitSettings settings, string? testActorName = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(settings);
        Sys = system;
        TestKitSettings = settings;
        var name = testActorName ?? "testActor" + Interlocked.Increment(ref s_testActorCounter);
        TestActor = system.SystemActorOf(Props.Create(() => new TestActor(_queue, _hooks)), name);
    }

    public ActorSystem Sys { get; }

    /// <summary>The actor whose received messages the Expect methods read.</summary>
    public IActorRef TestActor { get; }

    public TestKitSettings TestKitSettings { get; }

    /// <summary>The last message taken from the queue.</summary>
    public object? LastMessage { get; private set; }

    /// <summary>Sender of the last message taken from the queue (Nobody before the first).</summary>
    public IActorRef LastSender { get; private set; } = ActorRefs.Nobody;

    /// <summary>Whether messages are waiting in the queue.</summary>
    public bool HasMessages => _queue.Count > 0;

    /// <summary>Takes the next message within <paramref name="timeout"/> (already resolved, not dilated again).</summary>
    private protected bool TryTake(TimeSpan timeout, out MessageEnvelope envelope)
    {
        _lastWasNoMsg = false;
        if (!_queue.TryTake(timeout, out envelope))
        {
            return false;
        }

        Record(envelope);
        return true;
    }

    private protected async Task<MessageEnvelope?> TakeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        _lastWasNoMsg = false;
        var envelope = await _queue.TakeAsync(timeout, cancellationToken).ConfigureAwait(false);
        if (envelope is not null)
        {
            Record(envelope);
        }

        return envelope;
    }

    private protected bool TryPeek(TimeSpan timeout, out MessageEnvelope envelope) => _queue.TryPeek(timeout, out envelope);

    private protected Task<MessageEnvelope?> PeekAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _queue.PeekAsync(timeout, cancellationToken);

    private void Record(MessageEnvelope envelope)
    {
        LastMessage = envelope.Message;
        LastSender = envelope.Sender;
    }
}
