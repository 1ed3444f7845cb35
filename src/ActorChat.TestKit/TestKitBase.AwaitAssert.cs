namespace ActorChat.TestKit;

/// <summary>Retrying assertions: run until they stop throwing; on timeout the last failure is rethrown.</summary>
public abstract partial class TestKitBase
{
    private static readonly TimeSpan DefaultAssertInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Retries <paramref name="assertion"/> every <paramref name="interval"/> (default 100 ms) until it passes.</summary>
    public void AwaitAssert(Action assertion, TimeSpan? duration = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var deadline = Now + RemainingOrDilated(duration);
        var pause = interval ?? DefaultAssertInterval;
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

    public Task AwaitAssertAsync(Action assertion, TimeSpan? duration = null, TimeSpan? interval = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        return AwaitAssertAsync(() =>
        {
            assertion();
            return Task.CompletedTask;
        }, duration, interval, cancellationToken);
    }

    /// <summary>Awaitable <see cref="AwaitAssert"/> with an async assertion.</summary>
    public async Task AwaitAssertAsync(Func<Task> assertion, TimeSpan? duration = null, TimeSpan? interval = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var deadline = Now + RemainingOrDilated(duration);
        var pause = interval ?? DefaultAssertInterval;
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
}
