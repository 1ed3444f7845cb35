using System.Globalization;
using ActorChat.Actors;
using ActorChat.TestKit.Internal;
using Xunit;

namespace ActorChat.TestKit;

/// <summary>Expectations on the next message(s).</summary>
public abstract partial class TestKitBase
{
    /// <summary>The next message must arrive in time and be a <typeparamref name="T"/>.</summary>
    public T ExpectMsg<T>(TimeSpan? timeout = null, string? hint = null) =>
        Check<T>(Next(timeout, typeof(T), hint), null, hint);

    /// <summary>The next message must be a <typeparamref name="T"/> equal to <paramref name="message"/>.</summary>
    public T ExpectMsg<T>(T message, TimeSpan? timeout = null, string? hint = null)
    {
        var received = Check<T>(Next(timeout, typeof(T), hint), null, hint);
        if (!Equals(received, message))
        {
            Assert.Fail($"Expected message {message}, but received {received}{Hint(hint)}");
        }

        return received;
    }

    /// <summary>The next message must be a <typeparamref name="T"/> satisfying <paramref name="isMessage"/>.</summary>
    public T ExpectMsg<T>(Predicate<T> isMessage, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        return Check(Next(timeout, typeof(T), hint), isMessage, hint);
    }

    /// <summary>The next message must be a <typeparamref name="T"/> that passes <paramref name="assert"/>.</summary>
    public T ExpectMsg<T>(Action<T> assert, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(assert);
        var received = Check<T>(Next(timeout, typeof(T), hint), null, hint);
        assert(received);
        return received;
    }

    /// <summary>The next message must be a <typeparamref name="T"/> sent by <paramref name="sender"/>.</summary>
    public T ExpectMsgFrom<T>(IActorRef sender, TimeSpan? timeout = null, string? hint = null)
    {
        var envelope = Next(timeout, typeof(T), hint);
        var received = Check<T>(envelope, null, hint);
        if (!envelope.Sender.Equals(sender))
        {
            Assert.Fail($"Expected a message from {sender}, but it came from {envelope.Sender}{Hint(hint)}");
        }

        return received;
    }

    /// <summary>The next message must be the Terminated of <paramref name="target"/> (watch it first).</summary>
    public Terminated ExpectTerminated(IActorRef target, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        return ExpectMsg<Terminated>(t => t.ActorRef.Equals(target), timeout, hint ?? $"Terminated of {target}");
    }

    /// <summary>No message may arrive within <paramref name="duration"/> (dilated).</summary>
    public void ExpectNoMsg(TimeSpan duration)
    {
        if (TryReceive(Dilated(duration), out var envelope))
        {
            Assert.Fail($"Expected no message within {duration}, but received {envelope.Message} from {envelope.Sender}");
        }
    }

    /// <summary>No message may arrive for the rest of the Within block (or the default expect time).</summary>
    public void ExpectNoMsg() => ExpectNoMsg(RemainingOrDefault);

    /// <summary>The next message, or null on timeout.</summary>
    public object? ReceiveOne(TimeSpan? timeout = null) =>
        TryReceive(RemainingOrDilated(timeout), out var envelope) ? envelope.Message : null;

    /// <summary><paramref name="count"/> messages, in order, or a failure.</summary>
    public IReadOnlyList<object> ReceiveN(int count, TimeSpan? timeout = null)
    {
        var deadline = Now + RemainingOrDilated(timeout);
        var result = new List<object>(count);
        for (var i = 0; i < count; i++)
        {
            if (!TryReceive(deadline - Now, out var envelope))
            {
                Assert.Fail($"Timeout while waiting for message {i + 1} of {count}");
            }

            result.Add(envelope.Message);
        }

        return result;
    }

    /// <summary>Skips (consumes) messages until one is a <typeparamref name="T"/> matching <paramref name="isMessage"/>.</summary>
    public T FishForMessage<T>(Predicate<T> isMessage, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        var deadline = Now + RemainingOrDilated(timeout);
        while (true)
        {
            if (!TryReceive(deadline - Now, out var envelope))
            {
                Assert.Fail($"Timeout while fishing for a message of type {typeof(T).Name}{Hint(hint)}");
            }

            if (envelope.Message is T typed && isMessage(typed))
            {
                return typed;
            }
        }
    }

    private MessageEnvelope Next(TimeSpan? timeout, Type expected, string? hint)
    {
        var wait = RemainingOrDilated(timeout);
        if (!TryReceive(wait, out var envelope))
        {
            Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"Timeout ({wait.TotalMilliseconds:0} ms) while waiting for a message of type {expected.Name}{Hint(hint)}"));
        }

        return envelope;
    }

    private static T Check<T>(MessageEnvelope envelope, Predicate<T>? isMessage, string? hint)
    {
        if (envelope.Message is not T typed)
        {
            Assert.Fail($"Expected a message of type {typeof(T).Name}, but received {envelope.Message} ({envelope.Message.GetType().Name}) from {envelope.Sender}{Hint(hint)}");
            throw new InvalidOperationException("unreachable");
        }

        if (isMessage is not null && !isMessage(typed))
        {
            Assert.Fail($"Message {typed} from {envelope.Sender} did not match the predicate{Hint(hint)}");
        }

        return typed;
    }

    private static string Hint(string? hint) => hint is null ? string.Empty : $" ({hint})";
}
