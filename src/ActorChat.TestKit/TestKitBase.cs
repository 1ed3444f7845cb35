using System.Diagnostics;
using ActorChat.Actors;
using ActorChat.TestKit.Internal;

namespace ActorChat.TestKit;

/// <summary>
/// The expectation API over one TestActor's message queue. <see cref="TestKit"/> (owning a system)
/// and <see cref="TestProbe"/> (sharing one) build on it. Every wait is bounded: explicit timeouts
/// are dilated by <c>actorchat.test.timefactor</c>; without one, the remaining time of the innermost
/// <see cref="Within(TimeSpan, Action)"/> applies, else <c>single-expect-default</c>.
/// </summary>
public abstract partial class TestKitBase
{
    private static int s_testActorCounter;
    private readonly TestMessageQueue _queue = new();
    private TimeSpan? _end;

    private protected TestKitBase(ActorSystem system, TestKitSettings settings, string? testActorName = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(settings);
        Sys = system;
        TestKitSettings = settings;
        var name = testActorName ?? "testActor" + Interlocked.Increment(ref s_testActorCounter);
        TestActor = system.SystemActorOf(Props.Create(() => new TestActor(_queue)), name);
    }

    public ActorSystem Sys { get; }

    /// <summary>The actor whose received messages the Expect methods read.</summary>
    public IActorRef TestActor { get; }

    public TestKitSettings TestKitSettings { get; }

    /// <summary>The last message taken from the queue.</summary>
    public object? LastMessage { get; private set; }

    /// <summary>Sender of the last message taken from the queue.</summary>
    public IActorRef LastSender { get; private set; } = ActorRefs.Nobody;

    /// <summary>Whether messages are waiting in the queue.</summary>
    public bool HasMessages => _queue.Count > 0;

    /// <summary>Scales a duration by <c>actorchat.test.timefactor</c>.</summary>
    public TimeSpan Dilated(TimeSpan duration) =>
        duration == Timeout.InfiniteTimeSpan ? duration : TimeSpan.FromTicks((long)(duration.Ticks * TestKitSettings.TimeFactor));

    /// <summary>Time left in the innermost Within block, else the dilated single-expect default.</summary>
    public TimeSpan RemainingOrDefault => _end is { } end ? Max(end - Now) : Dilated(TestKitSettings.SingleExpectDefault);

    /// <summary>Time left in the innermost Within block (throws outside one).</summary>
    public TimeSpan Remaining => _end is { } end
        ? Max(end - Now)
        : throw new InvalidOperationException("Remaining may only be used inside a Within block.");

    private protected static TimeSpan Now => Stopwatch.GetElapsedTime(0);

    /// <summary>An explicit timeout (dilated), else <see cref="RemainingOrDefault"/>.</summary>
    private protected TimeSpan RemainingOrDilated(TimeSpan? duration) => duration is { } d ? Dilated(d) : RemainingOrDefault;

    private protected bool TryReceive(TimeSpan timeout, out MessageEnvelope envelope)
    {
        if (!_queue.TryTake(timeout, out envelope))
        {
            return false;
        }

        LastMessage = envelope.Message;
        LastSender = envelope.Sender;
        return true;
    }

    private protected async Task<MessageEnvelope?> ReceiveAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var envelope = await _queue.TakeAsync(timeout, cancellationToken).ConfigureAwait(false);
        if (envelope is not null)
        {
            LastMessage = envelope.Message;
            LastSender = envelope.Sender;
        }

        return envelope;
    }

    private static TimeSpan Max(TimeSpan t) => t < TimeSpan.Zero ? TimeSpan.Zero : t;
}
