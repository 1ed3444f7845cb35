using System.Globalization;
using Xunit;

namespace ActorChat.TestKit;

/// <summary>
/// Polling for state that converges (instead of sleep-then-assert). <c>max</c> follows the usual
/// rule (explicit → dilated, else Within remaining, else single-expect default); without an explicit
/// interval a condition is polled every max/10.
/// </summary>
public abstract partial class TestKitBase
{
    /// <summary>Polls <paramref name="condition"/> until true; fails after <paramref name="max"/>.</summary>
    public void AwaitCondition(Func<bool> condition, TimeSpan? max = null, TimeSpan? interval = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var wait = RemainingOrDilated(max);
        if (!PollCondition(condition, wait, interval))
        {
            FailCondition(wait, message);
        }
    }

    public void AwaitCondition(Func<bool> condition, TimeSpan? max, string message) =>
        AwaitCondition(condition, max, null, message);

    /// <summary>Like <see cref="AwaitCondition(Func{bool}, TimeSpan?, TimeSpan?, string?)"/>, but returns false instead of failing.</summary>
    public bool AwaitConditionNoThrow(Func<bool> condition, TimeSpan? max = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return PollCondition(condition, RemainingOrDilated(max), interval);
    }

    public async Task AwaitConditionAsync(Func<bool> condition, TimeSpan? max = null, TimeSpan? interval = null, string? message = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        await AwaitConditionAsync(() => Task.FromResult(condition()), max, interval, message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Awaitable <see cref="AwaitCondition(Func{bool}, TimeSpan?, TimeSpan?, string?)"/> with an async condition.</summary>
    public async Task AwaitConditionAsync(Func<Task<bool>> condition, TimeSpan? max = null, TimeSpan? interval = null, string? message = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var wait = RemainingOrDilated(max);
        var deadline = Now + wait;
        var pause = PollInterval(wait, interval);
        while (!await condition().ConfigureAwait(false))
        {
            if (Now >= deadline)
            {
                FailCondition(wait, message);
            }

            await Task.Delay(Min(pause, deadline - Now), cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool PollCondition(Func<bool> condition, TimeSpan wait, TimeSpan? interval)
    {
        var deadline = Now + wait;
        var pause = PollInterval(wait, interval);
        using var idle = new ManualResetEventSlim(false);
        while (!condition())
        {
            if (Now >= deadline)
            {
                return false;
            }

            idle.Wait(Min(pause, deadline - Now));
        }

        return true;
    }

    private static TimeSpan PollInterval(TimeSpan wait, TimeSpan? interval) =>
        interval ?? TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, wait.Ticks / 10));

    private static void FailCondition(TimeSpan wait, string? message) =>
        Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"Timeout {wait.TotalMilliseconds:0} ms expired while waiting for condition{(message is null ? string.Empty : ": " + message)}"));
}
