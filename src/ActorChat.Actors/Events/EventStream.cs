using ActorChat.Actors.Refs;

namespace ActorChat.Actors.Events;

/// <summary>
/// The system's publish/subscribe bus. Subscribing to a type also receives its subtypes. Reads take a
/// copy-on-write snapshot, so publishing never locks; subscriptions are rare and take a lock.
/// Subscribers are death-watched by <c>/system/eventStreamUnsubscriber</c> (from the moment the system
/// has started; earlier subscribers are handed over then) and removed when they stop.
/// </summary>
public sealed class EventStream
{
    private readonly Lock _gate = new();
    private Subscription[] _subscriptions = [];
    private IActorRef? _unsubscriber;

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

            var first = !IsSubscribed(subscriber);
            _subscriptions = [.. _subscriptions, new Subscription(subscriber, channel)];

            // Told under the lock so Register/Unregister of one subscriber reach the unsubscriber in
            // the order the subscription changes happened.
            if (first)
            {
                _unsubscriber?.Tell(new RegisterSubscriber(subscriber), null);
            }

            return true;
        }
    }

    public bool Unsubscribe(IActorRef subscriber, Type channel)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(channel);
        return Remove(subscriber, s => s.Channel == channel && s.Subscriber.Equals(subscriber));
    }

    /// <summary>Removes every subscription of <paramref name="subscriber"/>.</summary>
    public bool Unsubscribe(IActorRef subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return Remove(subscriber, s => s.Subscriber.Equals(subscriber));
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
                // Already dead but the unsubscriber has not caught up yet: skip it right away.
                (dead ??= []).Add(subscription.Subscriber);
                continue;
            }

            try
            {
                subscription.Subscriber.Tell(@event, null);
            }
            catch (MailboxOverflowException)
            {
                // A full bounded subscriber with overflow-strategy = fail: the loss is already
                // published and counted; the other subscribers (and the publisher) carry on.
            }
        }

        if (dead is not null)
        {
            foreach (var subscriber in dead)
            {
                Unsubscribe(subscriber);
            }
        }
    }

    /// <summary>Number of subscriptions (diagnostics and tests).</summary>
    internal int SubscriptionCount => Volatile.Read(ref _subscriptions).Length;

    /// <summary>Hands subscriber death-watch to <paramref name="unsubscriber"/>, including everyone subscribed so far.</summary>
    internal void InitUnsubscriber(IActorRef unsubscriber)
    {
        lock (_gate)
        {
            _unsubscriber = unsubscriber;
            foreach (var subscriber in _subscriptions.Select(s => s.Subscriber).Distinct())
            {
                unsubscriber.Tell(new RegisterSubscriber(subscriber), null);
            }
        }
    }

    private bool IsSubscribed(IActorRef subscriber) => Array.Exists(_subscriptions, s => s.Subscriber.Equals(subscriber));

    private bool Remove(IActorRef subscriber, Predicate<Subscription> match)
    {
        lock (_gate)
        {
            var kept = Array.FindAll(_subscriptions, s => !match(s));
            if (kept.Length == _subscriptions.Length)
            {
                return false;
            }

            _subscriptions = kept;
            if (!IsSubscribed(subscriber))
            {
                _unsubscriber?.Tell(new UnregisterSubscriber(subscriber), null);
            }

            return true;
        }
    }

    private readonly record struct Subscription(IActorRef Subscriber, Type Channel);
}
