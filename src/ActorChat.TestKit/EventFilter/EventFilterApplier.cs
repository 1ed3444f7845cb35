using System.Globalization;
using Xunit;

namespace ActorChat.TestKit.EventFilter;

/// <summary>
/// Install → run the block → wait for the count → remove. The filter stays installed during the wait,
/// so events that arrive late (dead letters travel through an actor) are still counted and muted.
/// </summary>
internal sealed class EventFilterApplier(TestKitBase kit, TestEventSink sink, EventMatcher matcher) : IEventFilterApplier
{
    public void ExpectOne(Action action) => Expect(1, action);

    public T ExpectOne<T>(Func<T> func) => Expect(1, func);

    public void Expect(int expectedCount, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Run(expectedCount, null, () =>
        {
            action();
            return true;
        });
    }

    public void Expect(int expectedCount, TimeSpan timeout, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Run(expectedCount, timeout, () =>
        {
            action();
            return true;
        });
    }

    public T Expect<T>(int expectedCount, Func<T> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return Run(expectedCount, null, func);
    }

    public void Mute(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var filter = new ActiveFilter(matcher);
        sink.Install(filter);
        try
        {
            action();
        }
        finally
        {
            sink.Remove(filter);
        }
    }

    public IUnmutableFilter Mute()
    {
        var filter = new ActiveFilter(matcher);
        sink.Install(filter);
        return new UnmutableFilter(sink, filter);
    }

    public Task ExpectOneAsync(Func<Task> action, CancellationToken cancellationToken = default) =>
        RunAsync(1, null, action, cancellationToken);

    public Task ExpectAsync(int expectedCount, Func<Task> action, CancellationToken cancellationToken = default) =>
        RunAsync(expectedCount, null, action, cancellationToken);

    public Task ExpectAsync(int expectedCount, TimeSpan timeout, Func<Task> action, CancellationToken cancellationToken = default) =>
        RunAsync(expectedCount, timeout, action, cancellationToken);

    public async Task MuteAsync(Func<Task> action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        cancellationToken.ThrowIfCancellationRequested();
        var filter = new ActiveFilter(matcher);
        sink.Install(filter);
        try
        {
            await action().ConfigureAwait(false);
        }
        finally
        {
            sink.Remove(filter);
        }
    }

    private T Run<T>(int expectedCount, TimeSpan? timeout, Func<T> block)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedCount);
        var wait = WaitBound(timeout);
        var filter = new ActiveFilter(matcher);
        sink.Install(filter);
        try
        {
            var result = block();
            filter.WaitFor(expectedCount, wait);
            Verify(filter.Count, expectedCount, wait);
            return result;
        }
        finally
        {
            sink.Remove(filter);
        }
    }

    private async Task RunAsync(int expectedCount, TimeSpan? timeout, Func<Task> block, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedCount);
        var wait = WaitBound(timeout);
        var filter = new ActiveFilter(matcher);
        sink.Install(filter);
        try
        {
            await block().ConfigureAwait(false);
            await filter.WaitForAsync(expectedCount, wait, cancellationToken).ConfigureAwait(false);
            Verify(filter.Count, expectedCount, wait);
        }
        finally
        {
            sink.Remove(filter);
        }
    }

    private TimeSpan WaitBound(TimeSpan? timeout)
    {
        if (timeout is { } t && t < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), t, "Must be finite and non-negative.");
        }

        return kit.Dilated(timeout ?? kit.TestKitSettings.FilterLeeway);
    }

    private void Verify(int received, int expected, TimeSpan wait)
    {
        if (received < expected)
        {
            Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"Only received {received}/{expected} events matching [{matcher}] within {wait.TotalMilliseconds:0} ms"));
        }

        if (received > expected)
        {
            Assert.Fail($"Received {received - expected} too many: expected {expected} events matching [{matcher}], got {received}");
        }
    }
}
