namespace ActorChat.TestKit;

/// <summary>
/// Collects messages while they are accepted. Peek-based: the first rejected message stays in the
/// queue for the next expectation. Stopping at <c>max</c>, after an <c>idle</c> gap, or at
/// <c>msgs</c> messages is not a failure. <c>max</c> is dilated (or the Within remaining), <c>idle</c>
/// is not, as in Akka.
/// </summary>
public abstract partial class TestKitBase
{
    /// <summary>Collects <paramref name="filter"/>'s results while it returns non-null.</summary>
    public IReadOnlyList<T> ReceiveWhile<T>(Func<object, T?> filter, TimeSpan? max = null, TimeSpan? idle = null, int msgs = int.MaxValue)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Collect(message => filter(message) is { } kept ? Verdict<T>.Take(kept) : Verdict<T>.Stop, max, idle, msgs);
    }

    public IReadOnlyList<T> ReceiveWhile<T>(TimeSpan? max, Func<object, T?> filter, int msgs = int.MaxValue)
        where T : class => ReceiveWhile(filter, max, null, msgs);

    public IReadOnlyList<T> ReceiveWhile<T>(TimeSpan? max, TimeSpan? idle, Func<object, T?> filter, int msgs = int.MaxValue)
        where T : class => ReceiveWhile(filter, max, idle, msgs);

    /// <summary>
    /// Collects <typeparamref name="T"/>s while <paramref name="shouldContinue"/> holds. A message of
    /// another type is skipped (consumed) when <paramref name="shouldIgnoreOtherMessageTypes"/>, else
    /// it stops the collection and stays in the queue.
    /// </summary>
    public IReadOnlyList<T> ReceiveWhile<T>(Predicate<T> shouldContinue, TimeSpan? max = null, TimeSpan? idle = null, int msgs = int.MaxValue, bool shouldIgnoreOtherMessageTypes = true)
    {
        ArgumentNullException.ThrowIfNull(shouldContinue);
        return Collect(message => message switch
        {
            T typed when shouldContinue(typed) => Verdict<T>.Take(typed),
            T => Verdict<T>.Stop,
            _ => shouldIgnoreOtherMessageTypes ? Verdict<T>.Skip : Verdict<T>.Stop,
        }, max, idle, msgs);
    }

    private List<T> Collect<T>(Func<object, Verdict<T>> judge, TimeSpan? max, TimeSpan? idle, int msgs)
    {
        var deadline = Now + RemainingOrDilated(max);
        var gap = idle ?? Timeout.InfiniteTimeSpan;
        var result = new List<T>();
        while (result.Count < msgs && TryPeek(WaitFor(deadline, gap), out var head))
        {
            var verdict = judge(head.Message);
            if (verdict.Kind == VerdictKind.Stop)
            {
                break;
            }

            TryTake(TimeSpan.Zero, out _);
            if (verdict.Kind == VerdictKind.Take)
            {
                result.Add(verdict.Value!);
            }
        }

        _lastWasNoMsg = true;
        return result;
    }

    private async Task<List<T>> CollectAsync<T>(Func<object, Verdict<T>> judge, TimeSpan? max, TimeSpan? idle, int msgs, CancellationToken cancellationToken)
    {
        var deadline = Now + RemainingOrDilated(max);
        var gap = idle ?? Timeout.InfiniteTimeSpan;
        var result = new List<T>();
        while (result.Count < msgs && await PeekAsync(WaitFor(deadline, gap), cancellationToken).ConfigureAwait(false) is { } head)
        {
            var verdict = judge(head.Message);
            if (verdict.Kind == VerdictKind.Stop)
            {
                break;
            }

            await TakeAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
            if (verdict.Kind == VerdictKind.Take)
            {
                result.Add(verdict.Value!);
            }
        }

        _lastWasNoMsg = true;
        return result;
    }

    private static TimeSpan WaitFor(TimeSpan deadline, TimeSpan idle)
    {
        var left = NonNegative(deadline - Now);
        return idle == Timeout.InfiniteTimeSpan ? left : Min(left, idle);
    }

    private enum VerdictKind
    {
        Take,
        Skip,
        Stop,
    }

    private readonly record struct Verdict<T>(VerdictKind Kind, T? Value)
    {
        public static Verdict<T> Skip => new(VerdictKind.Skip, default);

        public static Verdict<T> Stop => new(VerdictKind.Stop, default);

        public static Verdict<T> Take(T value) => new(VerdictKind.Take, value);
    }
}
