using System.Diagnostics;

namespace ActorChat.TestKit;

/// <summary>
/// Dilation and the timeout rule of every wait (Akka's <c>RemainingOrDilated</c>):
/// an explicit timeout is dilated; without one, the innermost Within's remaining time applies,
/// else the dilated <c>single-expect-default</c>.
/// </summary>
public abstract partial class TestKitBase
{
    /// <summary>Absolute deadline of the innermost Within block (on <see cref="Now"/>'s clock), if any.</summary>
    private TimeSpan? _end;

    /// <summary>Scales a duration by <c>actorchat.test.timefactor</c> (infinite stays infinite).</summary>
    public TimeSpan Dilated(TimeSpan duration) =>
        duration == Timeout.InfiniteTimeSpan ? duration : TimeSpan.FromTicks((long)(duration.Ticks * TestKitSettings.TimeFactor));

    /// <summary>Time left in the innermost Within block, else the dilated single-expect default.</summary>
    public TimeSpan RemainingOrDefault => _end is { } end ? NonNegative(end - Now) : Dilated(TestKitSettings.SingleExpectDefault);

    /// <summary>Time left in the innermost Within block (throws outside one).</summary>
    public TimeSpan Remaining => _end is { } end
        ? NonNegative(end - Now)
        : throw new InvalidOperationException("Remaining may only be used inside a Within block.");

    /// <summary>Monotonic time since an arbitrary origin.</summary>
    private protected static TimeSpan Now => Stopwatch.GetElapsedTime(0);

    /// <summary>An explicit timeout (dilated), else <see cref="RemainingOrDefault"/>. Rejects unbounded values.</summary>
    private protected TimeSpan RemainingOrDilated(TimeSpan? duration)
    {
        if (duration is not { } d)
        {
            return RemainingOrDefault;
        }

        if (d < TimeSpan.Zero)
        {
            // Infinite is negative too: every wait of the test kit is bounded.
            throw new ArgumentOutOfRangeException(nameof(duration), d, "Test kit timeouts must be finite and non-negative.");
        }

        return Dilated(d);
    }

    private protected static TimeSpan NonNegative(TimeSpan t) => t < TimeSpan.Zero ? TimeSpan.Zero : t;

    private protected static TimeSpan Min(TimeSpan a, TimeSpan b) => NonNegative(a < b ? a : b);
}
