using System.Globalization;
using ActorChat.Actors;
using Xunit;

namespace ActorChat.TestKit;

/// <summary>
/// The checks and failure messages shared by the blocking and the awaitable expectations, so both
/// report the same way. Failures go through xunit's <see cref="Assert.Fail(string)"/>.
/// </summary>
public abstract partial class TestKitBase
{
    private MessageEnvelope ReceiveOrFail(TimeSpan? timeout, string what, string? hint)
    {
        var wait = RemainingOrDilated(timeout);
        if (!TryTake(wait, out var envelope))
        {
            Assert.Fail(TimeoutMessage(wait, what, hint));
        }

        return envelope;
    }

    private async Task<MessageEnvelope> ReceiveOrFailAsync(TimeSpan? timeout, string what, string? hint, CancellationToken cancellationToken)
    {
        var wait = RemainingOrDilated(timeout);
        var envelope = await TakeAsync(wait, cancellationToken).ConfigureAwait(false);
        if (envelope is null)
        {
            Assert.Fail(TimeoutMessage(wait, what, hint));
        }

        return envelope!;
    }

    private static string TimeoutMessage(TimeSpan wait, string what, string? hint) =>
        string.Create(CultureInfo.InvariantCulture, $"Timeout ({wait.TotalMilliseconds:0} ms) while waiting for {what}{Hint(hint)}");

    private static string TypeDescription<T>() => "a message of type " + typeof(T).Name;

    private static T AsType<T>(MessageEnvelope envelope, string? hint)
    {
        if (envelope.Message is T typed)
        {
            return typed;
        }

        Assert.Fail($"Expected a message of type {typeof(T).Name}, but received {{{envelope.Message}}} (type {envelope.Message.GetType().Name}) from {envelope.Sender}{Hint(hint)}");
        throw new InvalidOperationException("Assert.Fail returned.");
    }

    private static T CheckEqual<T>(T expected, T received, Func<T, T, bool>? comparer, string? hint)
    {
        var equal = comparer?.Invoke(expected, received) ?? EqualityComparer<T>.Default.Equals(expected, received);
        if (!equal)
        {
            Assert.Fail($"Expected message {{{expected}}}, but received {{{received}}}{Hint(hint)}");
        }

        return received;
    }

    private static T CheckMatch<T>(MessageEnvelope envelope, T received, bool matched, string? hint)
    {
        if (!matched)
        {
            Assert.Fail($"Message {{{received}}} from {envelope.Sender} did not match the predicate{Hint(hint)}");
        }

        return received;
    }

    private static T CheckSender<T>(IActorRef expected, MessageEnvelope envelope, T received, string? hint)
    {
        if (!envelope.Sender.Equals(expected))
        {
            Assert.Fail($"Expected a message from {expected}, but {{{received}}} came from {envelope.Sender}{Hint(hint)}");
        }

        return received;
    }

    private static Terminated CheckTerminated(IActorRef target, Terminated terminated, string? hint)
    {
        if (!terminated.ActorRef.Equals(target))
        {
            Assert.Fail($"Expected Terminated of {target}, but received Terminated of {terminated.ActorRef}{Hint(hint)}");
        }

        return terminated;
    }

    private static T CheckAnyOf<T>(IReadOnlyCollection<T> candidates, MessageEnvelope envelope, string? hint)
    {
        var received = AsType<T>(envelope, hint);
        if (!candidates.Contains(received))
        {
            Assert.Fail($"Expected any of [{string.Join(", ", candidates)}], but received {{{received}}}{Hint(hint)}");
        }

        return received;
    }

    /// <summary>Received and expected must be equal as multisets (order does not matter).</summary>
    private static List<T> CheckAllOf<T>(IReadOnlyCollection<T> expected, IReadOnlyList<object> received, string? hint)
    {
        var missing = new List<T>(expected);
        var unexpected = new List<object>();
        var typed = new List<T>(received.Count);
        foreach (var message in received)
        {
            if (message is T t && missing.Remove(t))
            {
                typed.Add(t);
            }
            else
            {
                unexpected.Add(message);
            }
        }

        if (missing.Count > 0 || unexpected.Count > 0)
        {
            Assert.Fail($"Expected all of [{string.Join(", ", expected)}]: not found [{string.Join(", ", missing)}], found unexpected [{string.Join(", ", unexpected)}]{Hint(hint)}");
        }

        return typed;
    }

    private static void FailNoMsg(TimeSpan window, MessageEnvelope envelope, string? hint) =>
        Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"Expected no message during {window.TotalMilliseconds:0} ms, but received {{{envelope.Message}}} from {envelope.Sender}{Hint(hint)}"));

    private static string Hint(string? hint) => string.IsNullOrEmpty(hint) ? string.Empty : $" ({hint})";
}
