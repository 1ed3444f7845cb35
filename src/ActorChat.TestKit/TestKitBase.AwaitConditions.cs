using Xunit;

namespace ActorChat.TestKit;

/// <summary>Polling assertions for state that converges (no sleep-then-assert).</summary>
public abstract partial class TestKitBase
{
    /// <summary>Retries <paramref name="assertion"/> until it stops throwing; rethrows the last failure on timeout.</summary>
    public void AwaitAssert(Action assertion, TimeSpan? duration = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var deadline = Now + RemainingOrDilated(duration);
        var pause = interval ?? TimeSpan.FromMilliseconds(100);
        using var idle = new ManualResetEventSlim(false);
        while (true)
        {
            try
            {
                assertion();
                return;
            }
            catch (Exception) when (Now < deadline)
            {
                idle.Wait(Min(pause, deadline - Now));
            }
        }
    }

    /// <summary>Polls <paramref name="condition"/> until true; fails after <paramref name="max"/>.</summary>
    public void AwaitCondition(Func<bool> condition, TimeSpan? max = null, TimeSpan? interval = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var wait = RemainingOrDilated(max);
        var deadline = Now + wait;
        var pause = interval ?? TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, wait.Ticks / 10));
        using var idle = new ManualResetEventSlim(false);
        while (!condition())
        {
            if (Now >= deadline)
            {
                Assert.Fail($"Timeout {wait} expired while waiting for condition{(message is null ? string.Empty : ": " + message)}");
            }

            idle.Wait(Min(pause, deadline - Now));
        }
    }

    /// <summary>Awaitable <see cref="AwaitAssert"/>.</summary>
    public async Task AwaitAssertAsync(Func<Task> assertion, TimeSpan? duration = null, TimeSpan? interval = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var deadline = Now + RemainingOrDilated(duration);
        var pause = interval ?? TimeSpan.FromMilliseconds(100);
        while (true)
        {
            try
            {
                await assertion().ConfigureAwait(false);
                return;
            }
            catch (Exception) when (Now < deadline)
            {
                await Task.Delay(Min(pause, deadline - Now), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b)
    {
        var m = a < b ? a : b;
        return m < TimeSpan.Zero ? TimeSpan.Zero : m;
    }
}
