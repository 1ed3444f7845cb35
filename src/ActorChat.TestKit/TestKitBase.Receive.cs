using System.Globalization;
using Xunit;

namespace ActorChat.TestKit;

/// <summary>Raw access to the queue: take or peek one message, take n, or fish for a matching one.</summary>
public abstract partial class TestKitBase
{
    /// <summary>The next message, or null on timeout (not a failure).</summary>
    public object? ReceiveOne(TimeSpan? timeout = null) =>
        TryTake(RemainingOrDilated(timeout), out var envelope) ? envelope.Message : null;

    /// <summary>Takes the next message with its sender; false on timeout.</summary>
    public bool TryReceiveOne(out MessageEnvelope? envelope, TimeSpan? timeout = null)
    {
        var received = TryTake(RemainingOrDilated(timeout), out var taken);
        envelope = received ? taken : null;
        return received;
    }

    /// <summary>The next message without removing it, or null on timeout.</summary>
    public object? PeekOne(TimeSpan? timeout = null) =>
        TryPeek(RemainingOrDilated(timeout), out var envelope) ? envelope.Message : null;

    /// <summary>The next message and its sender without removing it; false on timeout.</summary>
    public bool TryPeekOne(out MessageEnvelope? envelope, TimeSpan? timeout = null)
    {
        var found = TryPeek(RemainingOrDilated(timeout), out var head);
        envelope = found ? head : null;
        return found;
    }

    /// <summary><paramref name="count"/> messages, in order, all within one timeout, or a failure.</summary>
    public IReadOnlyList<object> ReceiveN(int count, TimeSpan? timeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var wait = RemainingOrDilated(timeout);
        var deadline = Now + wait;
        var result = new List<object>(count);
        while (result.Count < count)
        {
            if (!TryTake(deadline - Now, out var envelope))
            {
                FailReceiveN(wait, count, result.Count);
            }

            result.Add(envelope.Message);
        }

        return result;
    }

    /// <summary>Skips (consumes) messages until one satisfies <paramref name="isMessage"/>; fails on timeout.</summary>
    public object FishForMessage(Predicate<object> isMessage, TimeSpan? timeout = null, string? hint = null) =>
        FishForMessage<object>(isMessage, null, timeout, hint);

    /// <summary>Skips (consumes) messages until one is a <typeparamref name="T"/> satisfying <paramref name="isMessage"/>.</summary>
    public T FishForMessage<T>(Predicate<T> isMessage, TimeSpan? timeout = null, string? hint = null) =>
        FishForMessage(isMessage, null, timeout, hint);

    /// <summary>Like <see cref="FishForMessage{T}(Predicate{T}, TimeSpan?, string?)"/>, adding every skipped message to <paramref name="skipped"/>.</summary>
    public T FishForMessage<T>(Predicate<T> isMessage, ICollection<object>? skipped, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        var wait = RemainingOrDilated(timeout);
        var deadline = Now + wait;
        while (true)
        {
            if (!TryTake(deadline - Now, out var envelope))
            {
                FailFishing<T>(wait, hint);
            }

            if (envelope.Message is T typed && isMessage(typed))
            {
                return typed;
            }

            skipped?.Add(envelope.Message);
        }
    }

    private static void FailReceiveN(TimeSpan wait, int count, int received) =>
        Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"Timeout ({wait.TotalMilliseconds:0} ms) while expecting {count} messages (got {received})"));

    private static void FailFishing<T>(TimeSpan wait, string? hint) =>
        Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"Timeout ({wait.TotalMilliseconds:0} ms) while fishing for a message of type {typeof(T).Name}{Hint(hint)}"));
}
