namespace ActorChat.TestKit;

/// <summary>
/// "Nothing arrives" assertions. They wait out the whole window, so a Within block ending in one of
/// them skips its "too long" check. A message that does arrive is consumed and fails the test.
/// </summary>
public abstract partial class TestKitBase
{
    /// <summary>No message may arrive for the rest of the Within block, else the dilated single-expect default.</summary>
    public void ExpectNoMsg() => ExpectNoMsgFor(RemainingOrDefault, null);

    /// <summary>No message may arrive within <paramref name="duration"/>, which is dilated.</summary>
    public void ExpectNoMsg(TimeSpan duration, string? hint = null) => ExpectNoMsgFor(RemainingOrDilated(duration), hint);

    /// <summary>No message may arrive within <paramref name="milliseconds"/>; as in Akka this overload is <b>not</b> dilated.</summary>
    public void ExpectNoMsg(int milliseconds) => ExpectNoMsgFor(Undilated(milliseconds), null);

    public Task ExpectNoMsgAsync(CancellationToken cancellationToken = default) =>
        ExpectNoMsgForAsync(RemainingOrDefault, null, cancellationToken);

    public Task ExpectNoMsgAsync(TimeSpan duration, string? hint = null, CancellationToken cancellationToken = default) =>
        ExpectNoMsgForAsync(RemainingOrDilated(duration), hint, cancellationToken);

    /// <summary>Not dilated, like <see cref="ExpectNoMsg(int)"/>.</summary>
    public Task ExpectNoMsgAsync(int milliseconds, CancellationToken cancellationToken = default) =>
        ExpectNoMsgForAsync(Undilated(milliseconds), null, cancellationToken);

    private void ExpectNoMsgFor(TimeSpan window, string? hint)
    {
        if (TryTake(window, out var envelope))
        {
            FailNoMsg(window, envelope, hint);
        }

        _lastWasNoMsg = true;
    }

    private async Task ExpectNoMsgForAsync(TimeSpan window, string? hint, CancellationToken cancellationToken)
    {
        var envelope = await TakeAsync(window, cancellationToken).ConfigureAwait(false);
        if (envelope is not null)
        {
            FailNoMsg(window, envelope, hint);
        }

        _lastWasNoMsg = true;
    }

    private static TimeSpan Undilated(int milliseconds) =>
        milliseconds >= 0
            ? TimeSpan.FromMilliseconds(milliseconds)
            : throw new ArgumentOutOfRangeException(nameof(milliseconds), milliseconds, "Must be non-negative.");
}
