using ActorChat.Actors;

namespace ActorChat.TestKit;

/// <summary>Expectations on the sender, and on a set of acceptable messages.</summary>
public abstract partial class TestKitBase
{
    /// <summary>The next message must be a <typeparamref name="T"/> sent by <paramref name="sender"/>.</summary>
    public T ExpectMsgFrom<T>(IActorRef sender, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var envelope = ReceiveOrFail(timeout, TypeDescription<T>() + " from " + sender, hint);
        return CheckSender(sender, envelope, AsType<T>(envelope, hint), hint);
    }

    /// <summary>The next message must be <paramref name="message"/>, sent by <paramref name="sender"/>.</summary>
    public T ExpectMsgFrom<T>(IActorRef sender, T message, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var envelope = ReceiveOrFail(timeout, TypeDescription<T>() + " from " + sender, hint);
        var received = CheckSender(sender, envelope, AsType<T>(envelope, hint), hint);
        return CheckEqual(message, received, null, hint);
    }

    /// <summary>The next message must be a <typeparamref name="T"/> from <paramref name="sender"/> satisfying <paramref name="isMessage"/>.</summary>
    public T ExpectMsgFrom<T>(IActorRef sender, Predicate<T> isMessage, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(isMessage);
        var envelope = ReceiveOrFail(timeout, TypeDescription<T>() + " from " + sender, hint);
        var received = CheckSender(sender, envelope, AsType<T>(envelope, hint), hint);
        return CheckMatch(envelope, received, isMessage(received), hint);
    }

    /// <summary>The next message must be a <typeparamref name="T"/> from <paramref name="sender"/> that passes <paramref name="assert"/>.</summary>
    public T ExpectMsgFrom<T>(IActorRef sender, Action<T> assert, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(assert);
        var envelope = ReceiveOrFail(timeout, TypeDescription<T>() + " from " + sender, hint);
        var received = CheckSender(sender, envelope, AsType<T>(envelope, hint), hint);
        assert(received);
        return received;
    }

    /// <summary>The next message must equal one of <paramref name="messages"/>.</summary>
    public T ExpectMsgAnyOf<T>(IEnumerable<T> messages, TimeSpan? timeout = null, string? hint = null)
    {
        var candidates = Materialize(messages);
        return CheckAnyOf(candidates, ReceiveOrFail(timeout, $"any of [{string.Join(", ", candidates)}]", hint), hint);
    }

    /// <summary>The next message must equal one of <paramref name="messages"/>.</summary>
    public T ExpectMsgAnyOf<T>(params T[] messages) => ExpectMsgAnyOf((IEnumerable<T>)messages);

    /// <summary>
    /// The next <c>messages.Count</c> messages, all received within one timeout, must be exactly
    /// <paramref name="messages"/> in any order. Returns them in arrival order.
    /// </summary>
    public IReadOnlyList<T> ExpectMsgAllOf<T>(IEnumerable<T> messages, TimeSpan? timeout = null, string? hint = null)
    {
        var expected = Materialize(messages);
        return CheckAllOf(expected, ReceiveN(expected.Length, timeout), hint);
    }

    /// <summary>The next messages must be exactly <paramref name="messages"/>, in any order.</summary>
    public IReadOnlyList<T> ExpectMsgAllOf<T>(params T[] messages) => ExpectMsgAllOf((IEnumerable<T>)messages);

    private static T[] Materialize<T>(IEnumerable<T> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return [.. messages];
    }
}
