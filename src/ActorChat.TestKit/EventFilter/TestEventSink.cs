using ActorChat.Actors;
using ActorChat.Actors.Events;

namespace ActorChat.TestKit.EventFilter;

/// <summary>
/// Where captured log events and dead letters meet the installed filters. The newest filter is asked
/// first and the first one that claims an event keeps it (so an inner block wins over an outer one);
/// a claimed event is muted, i.e. not written to the test output. Routing reads a copy-on-write
/// snapshot, so logging threads never take the lock.
/// </summary>
internal sealed class TestEventSink
{
    private readonly Lock _gate = new();
    private ActiveFilter[] _filters = [];
    private bool _deadLettersSubscribed;

    /// <summary>Offers <paramref name="event"/> to the filters; true when one of them muted it.</summary>
    public bool Route(object @event)
    {
        var filters = Volatile.Read(ref _filters);
        for (var i = filters.Length - 1; i >= 0; i--)
        {
            switch (filters[i].Matcher.Match(@event))
            {
                case MatchKind.Counted:
                    filters[i].OnMatched();
                    return true;
                case MatchKind.Muted:
                    return true;
            }
        }

        return false;
    }

    public void Install(ActiveFilter filter)
    {
        lock (_gate)
        {
            _filters = [.. _filters, filter];
        }
    }

    public void Remove(ActiveFilter filter)
    {
        lock (_gate)
        {
            _filters = Array.FindAll(_filters, f => !ReferenceEquals(f, filter));
        }
    }

    /// <summary>
    /// Dead letters reach the sink through an EventStream subscriber, created on first use so tests
    /// that never filter dead letters do not get an extra system actor.
    /// </summary>
    public void EnsureDeadLetterSubscription(ActorSystem system)
    {
        lock (_gate)
        {
            if (_deadLettersSubscribed)
            {
                return;
            }

            var forwarder = system.SystemActorOf(Props.Create(() => new DeadLetterForwarder(this)), "testkit-dead-letters");
            system.EventStream.Subscribe(forwarder, typeof(DeadLetter));
            _deadLettersSubscribed = true;
        }
    }
}
