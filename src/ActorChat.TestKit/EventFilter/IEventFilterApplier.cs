namespace ActorChat.TestKit.EventFilter;

/// <summary>
/// Runs a block with a filter installed. While installed, matching events are counted and muted (not
/// written to the test output). The Expect variants then wait (up to the given timeout, dilated, else
/// the dilated <c>actorchat.test.filter-leeway</c>) for exactly the expected count: fewer fails with
/// "Only received x/y", more with "Received N too many".
/// </summary>
public interface IEventFilterApplier
{
    void ExpectOne(Action action);

    T ExpectOne<T>(Func<T> func);

    void Expect(int expectedCount, Action action);

    void Expect(int expectedCount, TimeSpan timeout, Action action);

    T Expect<T>(int expectedCount, Func<T> func);

    /// <summary>Mutes matching events while <paramref name="action"/> runs; nothing is counted or checked.</summary>
    void Mute(Action action);

    /// <summary>Mutes matching events until the returned handle is unmuted or disposed.</summary>
    IUnmutableFilter Mute();

    Task ExpectOneAsync(Func<Task> action, CancellationToken cancellationToken = default);

    Task ExpectAsync(int expectedCount, Func<Task> action, CancellationToken cancellationToken = default);

    Task ExpectAsync(int expectedCount, TimeSpan timeout, Func<Task> action, CancellationToken cancellationToken = default);

    Task MuteAsync(Func<Task> action, CancellationToken cancellationToken = default);
}
