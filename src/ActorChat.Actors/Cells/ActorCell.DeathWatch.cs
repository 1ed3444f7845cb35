using ActorChat.Actors.Logging;
using ActorChat.Actors.Dispatch.SysMsg;
using ActorChat.Actors.Refs;
using SysMsg = ActorChat.Actors.Dispatch.SysMsg;

namespace ActorChat.Actors.Cells;

/// <summary>
/// DeathWatch (§3). The watcher side keeps <see cref="Watching"/>; a death notification becomes a
/// user-level Terminated only if the subject is still watched, and the queued Terminated is delivered
/// only if it is still expected (Unwatch discards it). Terminated is enqueued behind everything the
/// watchee had already sent us, because it is enqueued only when the notification is processed.
/// </summary>
internal sealed partial class ActorCell
{
    // Null until the first watch either way (kept in CellExtras). The getters read through it; writes
    // that store something go through NewDeathWatch, clears only touch an existing state (never allocate).
    private DeathWatchState? DeathWatchSlot => _extras?.DeathWatch;

    private DeathWatchState NewDeathWatch => Extras.DeathWatch ??= new DeathWatchState();

    // subject → custom message (WatchWith) or null (Terminated).
    private Dictionary<IActorRef, object?>? Watching => DeathWatchSlot?.Watching;

    private HashSet<IInternalActorRef>? WatchedBy => DeathWatchSlot?.WatchedBy;

    private Dictionary<IActorRef, object?>? TerminatedQueued => DeathWatchSlot?.TerminatedQueued;

    private bool SubscribedToAddressTerminated => DeathWatchSlot?.SubscribedToAddressTerminated ?? false;

    public IActorRef Watch(IActorRef subject) => WatchCore(subject, null);

    public IActorRef WatchWith(IActorRef subject, object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return WatchCore(subject, message);
    }

    public IActorRef Unwatch(IActorRef subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (subject is IInternalActorRef target && !target.Equals(_self) && Watching is not null && Watching.Remove(target))
        {
            target.SendSystemMessage(new SysMsg.Unwatch(target, _self));
            UpdateAddressTerminatedSubscription();
        }

        TerminatedQueued?.Remove(subject);
        return subject;
    }

    private IActorRef WatchCore(IActorRef subject, object? customMessage)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (subject is not IInternalActorRef target || target.Equals(_self))
        {
            return subject;
        }

        if ((NewDeathWatch.Watching ??= []).TryAdd(target, customMessage))
        {
            UpdateAddressTerminatedSubscription();
            target.SendSystemMessage(new SysMsg.Watch(target, _self));
        }

        return subject;
    }

    /// <summary>System message Watch: someone wants to know when we die (or asks us to watch).</summary>
    private void AddWatcher(IInternalActorRef watchee, IInternalActorRef watcher)
    {
        var watcheeIsSelf = watchee.Equals(_self);
        var watcherIsSelf = watcher.Equals(_self);
        if (watcheeIsSelf && !watcherIsSelf)
        {
            (NewDeathWatch.WatchedBy ??= []).Add(watcher);
            UpdateAddressTerminatedSubscription();
        }
        else if (!watcheeIsSelf && watcherIsSelf)
        {
            WatchCore(watchee, null);
        }
        else
        {
            RuntimeLog.IllegalWatch(_system.RuntimeLogger, watchee.Path, watcher.Path, _self.Path);
        }
    }

    private void RemoveWatcher(IInternalActorRef watchee, IInternalActorRef watcher)
    {
        var watcheeIsSelf = watchee.Equals(_self);
        var watcherIsSelf = watcher.Equals(_self);
        if (watcheeIsSelf && !watcherIsSelf)
        {
            WatchedBy?.Remove(watcher);
            UpdateAddressTerminatedSubscription();
        }
        else if (!watcheeIsSelf && watcherIsSelf)
        {
            Unwatch(watchee);
        }
    }

    /// <summary>A death notification (system message): convert to Terminated if still watched; child bookkeeping.</summary>
    private void WatchedActorTerminated(IActorRef actor, bool existenceConfirmed, bool addressTerminated)
    {
        if (Watching is not null && Watching.Remove(actor, out var customMessage))
        {
            UpdateAddressTerminatedSubscription();
            if (!_terminating)
            {
                (NewDeathWatch.TerminatedQueued ??= [])[actor] = customMessage;
                _self.Tell(new Terminated(actor, existenceConfirmed, addressTerminated), actor);
            }
        }

        if (IsChild(actor))
        {
            HandleChildTerminated(actor);
        }
    }

    /// <summary>A queued Terminated reaches the front: deliver it (or the WatchWith message) only if still expected.</summary>
    private void ReceivedTerminated(Terminated terminated)
    {
        if (TerminatedQueued is not null && TerminatedQueued.Remove(terminated.ActorRef, out var customMessage))
        {
            ReceiveMessage(customMessage ?? terminated);
        }
    }

    private void TellWatchersWeDied()
    {
        if (WatchedBy is null)
        {
            return;
        }

        var notification = new DeathWatchNotification(_self, ExistenceConfirmed: true, AddressTerminated: false);

        // Remote watchers first, so the notification leaves before remoting may shut down.
        foreach (var watcher in WatchedBy)
        {
            if (!watcher.IsLocal && !watcher.Equals(_parent))
            {
                watcher.SendSystemMessage(notification);
            }
        }

        foreach (var watcher in WatchedBy)
        {
            if (watcher.IsLocal && !watcher.Equals(_parent))
            {
                watcher.SendSystemMessage(notification);
            }
        }

        DeathWatchSlot!.WatchedBy = null;
        UpdateAddressTerminatedSubscription();
    }

    private void UnwatchWatchedActors()
    {
        if (DeathWatchSlot is not { } state)
        {
            return;
        }

        if (state.Watching is { } watching)
        {
            foreach (var subject in watching.Keys)
            {
                var target = (IInternalActorRef)subject;
                target.SendSystemMessage(new SysMsg.Unwatch(target, _self));
            }

            state.Watching = null;
        }

        state.TerminatedQueued = null;
        UpdateAddressTerminatedSubscription();
    }

    /// <summary>A whole node is gone: its watchers are forgotten; its watched actors count as terminated.</summary>
    private void HandleAddressTerminated(Address address)
    {
        WatchedBy?.RemoveWhere(w => w.Path.Address.Equals(address));
        if (Watching is not null)
        {
            foreach (var subject in Watching.Keys.Where(s => s.Path.Address.Equals(address)).ToList())
            {
                WatchedActorTerminated(subject, existenceConfirmed: true, addressTerminated: true);
            }
        }

        UpdateAddressTerminatedSubscription();
    }

    /// <summary>Cells with any watch relation to a non-local ref listen on the AddressTerminated topic.</summary>
    private void UpdateAddressTerminatedSubscription()
    {
        var needed = (Watching?.Keys.Any(r => r is IInternalActorRef { IsLocal: false }) ?? false) ||
                     (WatchedBy?.Any(r => !r.IsLocal) ?? false);
        if (needed == SubscribedToAddressTerminated)
        {
            return;
        }

        // A change implies a watch relation now or before, so the state exists already.
        NewDeathWatch.SubscribedToAddressTerminated = needed;
        if (needed)
        {
            _system.AddressTerminatedTopic.Subscribe(_self);
        }
        else
        {
            _system.AddressTerminatedTopic.Unsubscribe(_self);
        }
    }
}
