using Xunit;

namespace ActorChat.TestKit;

/// <summary>
/// Time-boxed blocks: expectations inside without a timeout share the block's deadline. Nested blocks
/// can only narrow it. A block fails if it took less than <c>min</c> or more than the (dilated) max
/// plus <c>epsilon</c>; the "too long" check is skipped when the block's last call was
/// <c>ExpectNoMsg</c> or <c>ReceiveWhile</c>, which by design use up the whole window.
/// </summary>
public abstract partial class TestKitBase
{
    /// <summary>
    /// Default slack of the "too long" check: an expectation whose message arrives just before the
    /// deadline may return just after it on a loaded machine; a real overrun is far larger.
    /// </summary>
    private static readonly TimeSpan DefaultEpsilon = TimeSpan.FromMilliseconds(100);

    private bool _lastWasNoMsg;

    /// <summary>Runs <paramref name="block"/>, which must finish within <paramref name="max"/> (dilated).</summary>
    public void Within(TimeSpan max, Action block, string? hint = null, TimeSpan? epsilon = null) =>
        Within(TimeSpan.Zero, max, block, hint, epsilon);

    /// <summary>Runs <paramref name="block"/>, which must take at least <paramref name="min"/> and at most <paramref name="max"/> (dilated).</summary>
    public void Within(TimeSpan min, TimeSpan max, Action block, string? hint = null, TimeSpan? epsilon = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        Within(min, max, () =>
        {
            block();
            return true;
        }, hint, epsilon);
    }

    public T Within<T>(TimeSpan max, Func<T> block, string? hint = null, TimeSpan? epsilon = null) =>
        Within(TimeSpan.Zero, max, block, hint, epsilon);

    public T Within<T>(TimeSpan min, TimeSpan max, Func<T> block, string? hint = null, TimeSpan? epsilon = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        var scope = EnterWithin(min, max, hint);
        T result;
        try
        {
            result = block();
        }
        finally
        {
            _end = scope.PreviousEnd;
        }

        CheckWithin(scope, min, hint, epsilon);
        return result;
    }

    /// <summary>Awaitable <see cref="Within(TimeSpan, Action, string?, TimeSpan?)"/>.</summary>
    public Task WithinAsync(TimeSpan max, Func<Task> block, string? hint = null, TimeSpan? epsilon = null) =>
        WithinAsync(TimeSpan.Zero, max, block, hint, epsilon);

    public async Task WithinAsync(TimeSpan min, TimeSpan max, Func<Task> block, string? hint = null, TimeSpan? epsilon = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        await WithinAsync(min, max, async () =>
        {
            await block().ConfigureAwait(false);
            return true;
        }, hint, epsilon).ConfigureAwait(false);
    }

    public Task<T> WithinAsync<T>(TimeSpan max, Func<Task<T>> block, string? hint = null, TimeSpan? epsilon = null) =>
        WithinAsync(TimeSpan.Zero, max, block, hint, epsilon);

    public async Task<T> WithinAsync<T>(TimeSpan min, TimeSpan max, Func<Task<T>> block, string? hint = null, TimeSpan? epsilon = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        var scope = EnterWithin(min, max, hint);
        T result;
        try
        {
            result = await block().ConfigureAwait(false);
        }
        finally
        {
            _end = scope.PreviousEnd;
        }

        CheckWithin(scope, min, hint, epsilon);
        return result;
    }

    private WithinScope EnterWithin(TimeSpan min, TimeSpan max, string? hint)
    {
        if (min < TimeSpan.Zero || max < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(max), "Within bounds must be finite and non-negative.");
        }

        var start = Now;
        var previous = _end;
        var dilatedMax = Dilated(max);
        var budget = dilatedMax;
        if (previous is { } outer)
        {
            var left = NonNegative(outer - start);
            if (left < min)
            {
                Assert.Fail($"Required min time {min} not possible, only {left} left{Hint(hint)}");
            }

            // Nested blocks can only narrow the deadline.
            budget = left < dilatedMax ? left : dilatedMax;
        }

        _lastWasNoMsg = false;
        _end = start + budget;
        return new WithinScope(start, budget, previous);
    }

    private void CheckWithin(WithinScope scope, TimeSpan min, string? hint, TimeSpan? epsilon)
    {
        var elapsed = Now - scope.Start;
        if (elapsed < min)
        {
            Assert.Fail($"Block took {elapsed}, should at least have been {min}{Hint(hint)}");
        }

        if (!_lastWasNoMsg && elapsed > scope.Budget + (epsilon ?? DefaultEpsilon))
        {
            Assert.Fail($"Block took {elapsed}, exceeding {scope.Budget}{Hint(hint)}");
        }
    }

    private readonly record struct WithinScope(TimeSpan Start, TimeSpan Budget, TimeSpan? PreviousEnd);
}
