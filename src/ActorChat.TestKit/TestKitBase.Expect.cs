using ActorChat.Actors;

namespace ActorChat.TestKit;

/// <summary>
/// Expectations on the next message: it must arrive in time and pass the check, otherwise the test
/// fails. A message that fails a check is consumed (it is <see cref="LastMessage"/> afterwards).
/// </summary>
public abstract partial class TestKitBase
{
    /// <summary>The next message must be a <typeparamref name="T"/>.</summary>
    public T ExpectMsg<T>(TimeSpan? timeout = null, string? hint = null) =>
        AsType<T>(ReceiveOrFail(timeout, TypeDescription<T>(), hint), hint);

    /// <summary>The next message must be a <typeparamref name="T"/> equal to <paramref name="message"/>.</summary>
    public T ExpectMsg<T>(T message, TimeSpan? timeout = null, string? hint = null) =>
        CheckEqual(message, AsType<T>(ReceiveOrFail(timeout, TypeDescription<T>(), hint), hint), null, hint);

    /// <summary>The next message must be a <typeparamref name="T"/> that <paramref name="comparer"/> finds equal to <paramref name="expected"/>.</summary>
    public T ExpectMsg<T>(T expected, Func<T, T, bool> comparer, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(comparer);
        return CheckEqual(expected, AsType<T>(ReceiveOrFail(timeout, TypeDescription<T>(), hint), hint), comparer, hint);
    }

    /// <summary>The next message must be a <typeparamref name="T"/> satisfying <paramref name="isMessage"/>.</summary>
    public T ExpectMsg<T>(Predicate<T> isMessage, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        var envelope = ReceiveOrFail(timeout, TypeDescription<T>(), hint);
        var received = AsType<T>(envelope, hint);
        return CheckMatch(envelope, received, isMessage(received), hint);
    }

    /// <summary>The next message must be a <typeparamref name="T"/> that passes <paramref name="assert"/> (its exception fails the test).</summary>
    public T ExpectMsg<T>(Action<T> assert, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(assert);
        var received = AsType<T>(ReceiveOrFail(timeout, TypeDescription<T>(), hint), hint);
        assert(received);
        return received;
    }

    /// <summary>The next message must be a <typeparamref name="T"/> that, with its sender, satisfies <paramref name="isMessageAndSender"/>.</summary>
    public T ExpectMsg<T>(Func<T, IActorRef, bool> isMessageAndSender, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(isMessageAndSender);
        var envelope = ReceiveOrFail(timeout, TypeDescription<T>(), hint);
        var received = AsType<T>(envelope, hint);
        return CheckMatch(envelope, received, isMessageAndSender(received, envelope.Sender), hint);
    }

    /// <summary>The next message must be a <typeparamref name="T"/> that, with its sender, passes <paramref name="assertMessageAndSender"/>.</summary>
    public T ExpectMsg<T>(Action<T, IActorRef> assertMessageAndSender, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(assertMessageAndSender);
        var envelope = ReceiveOrFail(timeout, TypeDescription<T>(), hint);
        var received = AsType<T>(envelope, hint);
        assertMessageAndSender(received, envelope.Sender);
        return received;
    }

    /// <summary>The next message must be the Terminated of <paramref name="target"/> (Watch it first).</summary>
    public Terminated ExpectTerminated(IActorRef target, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        return CheckTerminated(target, AsType<Terminated>(ReceiveOrFail(timeout, $"Terminated of {target}", hint), hint), hint);
    }
}
