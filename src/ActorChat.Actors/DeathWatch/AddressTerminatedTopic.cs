using System.Collections.Concurrent;
using ActorChat.Actors.Refs;

namespace ActorChat.Actors.DeathWatch;

/// <summary>
/// The hook remoting uses to report a dead node. Cells that watch (or are watched by) a non-local ref
/// subscribe automatically; <see cref="Publish"/> makes each of them emit
/// <c>Terminated(ref, existenceConfirmed: true, addressTerminated: true)</c> for its watched refs at that address.
/// </summary>
internal sealed class AddressTerminatedTopic
{
    private readonly ConcurrentDictionary<IInternalActorRef, byte> _subscribers = new();

    public int SubscriberCount => _subscribers.Count;

    public void Subscribe(IInternalActorRef subscriber) => _subscribers.TryAdd(subscriber, 0);

    public void Unsubscribe(IInternalActorRef subscriber) => _subscribers.TryRemove(subscriber, out _);

    public void Publish(AddressTerminated message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var subscriber in _subscribers.Keys)
        {
            subscriber.Tell(message, null);
        }
    }
}
