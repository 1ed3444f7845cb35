using ActorChat.Actors;

namespace ActorChat.TestKit;

/// <summary>Awaitable twins of the expectations: same checks and failures, no thread blocked while waiting.</summary>
public abstract partial class TestKitBase
{
    public async Task<T> ExpectMsgAsync<T>(TimeSpan? timeout = null, string? hint = null, CancellationToken cancellationToken = default) =>
        AsType<T>(await ReceiveOrFailAsync(timeout, TypeDescription<T>(), hint, cancellationToken).ConfigureAwait(false), hint);

    public async Task<T> ExpectMsgAsync<T>(T message, TimeSpan? timeout = null, string? hint = null, CancellationToken cancellationToken = default)
    {
        var envelope = await ReceiveOrFailAsync(timeout, TypeDescription<T>(), hint, cancellationToken).ConfigureAwait(false);
        return CheckEqual(message, AsType<T>(envelope, hint), null, hint);
    }

    public async Task<T> ExpectMsgAsync<T>(Predicate<T> isMessage, TimeSpan? timeout = null, string? hint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        var envelope = await ReceiveOrFailAsync(timeout, TypeDescription<T>(), hint, cancellationToken).ConfigureAwait(false);
        var received = AsType<T>(envelope, hint);
        return CheckMatch(envelope, received, isMessage(received), hint);
    }

    public async Task<T> ExpectMsgAsync<T>(Action<T> assert, TimeSpan? timeout = null, string? hint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assert);
        var envelope = await ReceiveOrFailAsync(timeout, TypeDescription<T>(), hint, cancellationToken).ConfigureAwait(false);
        var received = AsType<T>(envelope, hint);
        assert(received);
        return received;
    }

    public async Task<T> ExpectMsgAsync<T>(Func<T, IActorRef, bool> isMessageAndSender, TimeSpan? timeout = null, string? hint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(isMessageAndSender);
        var envelope = await ReceiveOrFailAsync(timeout, TypeDescription<T>(), hint, cancellationToken).ConfigureAwait(false);
        var received = AsType<T>(envelope, hint);
        return CheckMatch(envelope, received, isMessageAndSender(received, envelope.Sender), hint);
    }

    public async Task<T> ExpectMsgFromAsync<T>(IActorRef sender, TimeSpan? timeout = null, string? hint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var envelope = await ReceiveOrFailAsync(timeout, TypeDescription<T>() + " from " + sender, hint, cancellationToken).ConfigureAwait(false);
        return CheckSender(sender, envelope, AsType<T>(envelope, hint), hint);
    }

    public async Task<T> ExpectMsgAnyOfAsync<T>(IEnumerable<T> messages, TimeSpan? timeout = null, string? hint = null, CancellationToken cancellationToken = default)
    {
        var candidates = Materialize(messages);
        var envelope = await ReceiveOrFailAsync(timeout, $"any of [{string.Join(", ", candidates)}]", hint, cancellationToken).ConfigureAwait(false);
        return CheckAnyOf(candidates, envelope, hint);
    }

    public async Task<IReadOnlyList<T>> ExpectMsgAllOfAsync<T>(IEnumerable<T> messages, TimeSpan? timeout = null, string? hint = null, CancellationToken cancellationToken = default)
    {
        var expected = Materialize(messages);
        var received = await ReceiveNAsync(expected.Length, timeout, cancellationToken).ConfigureAwait(false);
        return CheckAllOf(expected, received, hint);
    }

    public async Task<Terminated> ExpectTerminatedAsync(IActorRef target, TimeSpan? timeout = null, string? hint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var envelope = await ReceiveOrFailAsync(timeout, $"Terminated of {target}", hint, cancellationToken).ConfigureAwait(false);
        return CheckTerminated(target, AsType<Terminated>(envelope, hint), hint);
    }
}
