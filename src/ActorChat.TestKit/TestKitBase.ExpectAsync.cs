using System.Globalization;
using ActorChat.Actors;
using Xunit;

namespace ActorChat.TestKit;

/// <summary>Awaitable twins of the main expectations (they never block a thread).</summary>
public abstract partial class TestKitBase
{
    public async Task<T> ExpectMsgAsync<T>(TimeSpan? timeout = null, string? hint = null, CancellationToken cancellationToken = default)
    {
        var wait = RemainingOrDilated(timeout);
        var envelope = await ReceiveAsync(wait, cancellationToken).ConfigureAwait(false);
        if (envelope is null)
        {
            Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"Timeout ({wait.TotalMilliseconds:0} ms) while waiting for a message of type {typeof(T).Name}{Hint(hint)}"));
        }

        return Check<T>(envelope!, null, hint);
    }

    public async Task<T> ExpectMsgAsync<T>(Predicate<T> isMessage, TimeSpan? timeout = null, string? hint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        var received = await ExpectMsgAsync<T>(timeout, hint, cancellationToken).ConfigureAwait(false);
        if (!isMessage(received))
        {
            Assert.Fail($"Message {received} did not match the predicate{Hint(hint)}");
        }

        return received;
    }

    public Task<Terminated> ExpectTerminatedAsync(IActorRef target, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        return ExpectMsgAsync<Terminated>(t => t.ActorRef.Equals(target), timeout, $"Terminated of {target}", cancellationToken);
    }

    public async Task ExpectNoMsgAsync(TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var envelope = await ReceiveAsync(Dilated(duration), cancellationToken).ConfigureAwait(false);
        if (envelope is not null)
        {
            Assert.Fail($"Expected no message within {duration}, but received {envelope.Message} from {envelope.Sender}");
        }
    }
}
