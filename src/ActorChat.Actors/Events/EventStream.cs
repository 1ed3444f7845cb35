using ActorChat.Actors.Refs;

namespace ActorChat.Actors.Events;

/// <summary>
/// The system's publish/subscribe bus. Subscribing to a type also receives its subtypes. Reads take a
/// copy-on-write snapshot, so publishing never locks; subscriptions are rare and take a lock.
/// </summary>
public sealed class EventStream
{
    private readonly Lock _gate = new();
    private Subscription[] _subscriptions = [];

    internal EventStream()
    {
    }

    /// <summary>Subscribes <paramref name="subscriber"/> to <paramref name="channel"/>; false if already subscribed.</summary>
    public bool Subscribe(IActorRef subscriber, Type channel)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(channel);
        lock (_gate)
        {
            if (Array.Exists(_subscriptions, s => s.Channel == channel && s.Subscriber.Equals(subscriber)))
            {
                return false;
            }

            _subscriptions = [.. _subscriptions, new Subscription(subscriber, channel)];
            return true;
        }
    }

    public bool Unsubscribe(IActorRef subscriber, Type channel)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(channel);
        return Remove(s => s.Channel == channel && s.Subscriber.Equals(subscriber));
    }

    /// <summary>Removes every subscription of <paramref name="subscriber"/>.</summary>
    public bool Unsubscribe(IActorRef subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return Remove(s => s.Subscriber.Equals(subscriber));
    }

    /// <summary>Sends <paramref name="event"/> (without sender) to every subscriber of a matching type.</summary>
    public void Publish(object @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        List<IActorRef>? dead = null;
        foreach (var subscription in Volatile.Read(ref _subscriptions))
        {
            if (!subscription.Channel.IsInstanceOfType(@event))
            {
                continue;
            }

            if (subscription.Subscriber is IInternalActorRef { IsTerminated: true })
            {
                (dead ??= []).Add(subscription.Subscriber);
                continue;
            }

            subscription.Subscriber.Tell(@event, null);
        }

        if (dead is not null)
        {
            foreach (var subscriber in dead)
            {
                Unsubscribe(subscriber);
            }
        }
    }

    private bool Remove(Predicate<Subscription> match)
    {
        lock (_gate)
        {
            var kept = Array.FindAll(_subscriptions, s => !match(s));
            if (kept.Length == _subscriptions.Length)
            {
                return false;
            }

            _subscriptions = kept;
            return true;
        }
    }

    private readonly record struct Subscription(IActorRef Subscriber, Type Channel);
}
