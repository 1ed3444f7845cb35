namespace ActorChat.TestKit;

/// <summary>Awaitable twins of the raw queue access.</summary>
public abstract partial class TestKitBase
{
    /// <summary>The next message, or null on timeout.</summary>
    public async Task<object?> ReceiveOneAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        (await TakeAsync(RemainingOrDilated(timeout), cancellationToken).ConfigureAwait(false))?.Message;

    /// <summary>The next message without removing it, or null on timeout.</summary>
    public async Task<object?> PeekOneAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        (await PeekAsync(RemainingOrDilated(timeout), cancellationToken).ConfigureAwait(false))?.Message;

    public async Task<IReadOnlyList<object>> ReceiveNAsync(int count, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var wait = RemainingOrDilated(timeout);
        var deadline = Now + wait;
        var result = new List<object>(count);
        while (result.Count < count)
        {
            var envelope = await TakeAsync(deadline - Now, cancellationToken).ConfigureAwait(false);
            if (envelope is null)
            {
                FailReceiveN(wait, count, result.Count);
            }

            result.Add(envelope!.Message);
        }

        return result;
    }

    public Task<object> FishForMessageAsync(Predicate<object> isMessage, TimeSpan? timeout = null, string? hint = null, CancellationToken cancellationToken = default) =>
        FishForMessageAsync<object>(isMessage, null, timeout, hint, cancellationToken);

    public Task<T> FishForMessageAsync<T>(Predicate<T> isMessage, TimeSpan? timeout = null, string? hint = null, CancellationToken cancellationToken = default) =>
        FishForMessageAsync(isMessage, null, timeout, hint, cancellationToken);

    public async Task<T> FishForMessageAsync<T>(Predicate<T> isMessage, ICollection<object>? skipped, TimeSpan? timeout = null, string? hint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        var wait = RemainingOrDilated(timeout);
        var deadline = Now + wait;
        while (true)
        {
            var envelope = await TakeAsync(deadline - Now, cancellationToken).ConfigureAwait(false);
            if (envelope is null)
            {
                FailFishing<T>(wait, hint);
            }

            if (envelope!.Message is T typed && isMessage(typed))
            {
                return typed;
            }

            skipped?.Add(envelope.Message);
        }
    }

    public async Task<IReadOnlyList<T>> ReceiveWhileAsync<T>(Func<object, T?> filter, TimeSpan? max = null, TimeSpan? idle = null, int msgs = int.MaxValue, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(filter);
        return await CollectAsync(message => filter(message) is { } kept ? Verdict<T>.Take(kept) : Verdict<T>.Stop, max, idle, msgs, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<T>> ReceiveWhileAsync<T>(Predicate<T> shouldContinue, TimeSpan? max = null, TimeSpan? idle = null, int msgs = int.MaxValue, bool shouldIgnoreOtherMessageTypes = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shouldContinue);
        return await CollectAsync(message => message switch
        {
            T typed when shouldContinue(typed) => Verdict<T>.Take(typed),
            T => Verdict<T>.Stop,
            _ => shouldIgnoreOtherMessageTypes ? Verdict<T>.Skip : Verdict<T>.Stop,
        }, max, idle, msgs, cancellationToken).ConfigureAwait(false);
    }
}
