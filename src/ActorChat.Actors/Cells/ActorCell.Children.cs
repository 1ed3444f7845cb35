using ActorChat.Actors.Dispatch.SysMsg;
using ActorChat.Actors.Paths;
using ActorChat.Actors.Refs;
using ActorChat.Actors.Supervision;

namespace ActorChat.Actors.Cells;

/// <summary>
/// Children: creation, lookup and termination bookkeeping. Guarded by a lock because top-level
/// actors are created from any thread (system.ActorOf) and lookups come from selections.
/// A name stays in <see cref="ChildrenContainer.ByName"/> until the child's death notification has been processed
/// here, so re-using it earlier fails with InvalidActorNameException (trap #8).
/// </summary>
internal sealed partial class ActorCell
{
    // Null until the first child or termination (see ChildrenContainer); never reset once set.
    private ChildrenContainer? _childrenState;
    private bool _terminating;

    public IActorRef ActorOf(Props props, string? name = null) => AttachChild(props, name);

    /// <summary>The children bookkeeping, created on first use (any thread may race here; one CAS wins).</summary>
    private ChildrenContainer Children =>
        Volatile.Read(ref _childrenState) ?? Interlocked.CompareExchange(ref _childrenState, new ChildrenContainer(), null) ?? _childrenState!;

    public IActorRef Child(string name) => GetChildRef(name);

    public IEnumerable<IActorRef> GetChildren() => GetChildRefs();

    /// <summary>Creates a child: reserve name → build cell → register → enqueue Create (its first message).</summary>
    internal LocalActorRef AttachChild(Props props, string? name)
    {
        ArgumentNullException.ThrowIfNull(props);
        var children = Children;
        if (name is null)
        {
            name = ActorNames.Generate(Interlocked.Increment(ref children.NameSequence) - 1);
        }
        else
        {
            ActorNames.ValidateUserName(name);
        }

        lock (children.Gate)
        {
            if (_terminating)
            {
                throw new InvalidOperationException("Cannot create child while terminating or terminated");
            }

            if (!children.ByName.TryAdd(name, null))
            {
                throw new InvalidActorNameException($"Actor name \"{name}\" is not unique!");
            }
        }

        try
        {
            var path = _self.Path.ChildWithUid(name, ActorNames.NewUid());
            var dispatcher = _system.Dispatchers.Lookup(props.Dispatcher);
            var queue = _system.Mailboxes.CreateQueue(props);
            var cell = new ActorCell(_system, path, props, _self, dispatcher, queue);
            lock (children.Gate)
            {
                children.ByName[name] = cell.Self;
            }

            cell.Mailbox.PostSystem(Dispatch.SysMsg.Create.Instance);
            return cell.Self;
        }
        catch
        {
            lock (children.Gate)
            {
                children.ByName.Remove(name);
            }

            throw;
        }
    }

    /// <summary>The live (or dying but not yet processed) child, a root's virtual child, or Nobody.</summary>
    internal IInternalActorRef GetChildRef(string name)
    {
        if (Volatile.Read(ref _childrenState) is { } children)
        {
            lock (children.Gate)
            {
                if (children.Find(name) is { } child)
                {
                    return child;
                }
            }
        }

        return _isRoot ? _system.ResolveRootVirtualChild(name) : Nobody.Instance;
    }

    internal IReadOnlyList<IInternalActorRef> GetChildRefs()
    {
        if (Volatile.Read(ref _childrenState) is not { } children)
        {
            return [];
        }

        lock (children.Gate)
        {
            var result = new List<IInternalActorRef>(children.ByName.Count);
            foreach (var entry in children.ByName.Values)
            {
                if (ChildrenContainer.ChildOf(entry) is { } child)
                {
                    result.Add(child);
                }
            }

            return result;
        }
    }

    internal List<ChildRestartStats> ChildStatsSnapshot()
    {
        if (Volatile.Read(ref _childrenState) is not { } children)
        {
            return [];
        }

        lock (children.Gate)
        {
            // Supervisor strategies see every child's stats: create the missing ones now (cold path).
            var names = new List<string>(children.ByName.Count);
            foreach (var (name, entry) in children.ByName)
            {
                if (entry is not null)
                {
                    names.Add(name);
                }
            }

            var result = new List<ChildRestartStats>(names.Count);
            foreach (var name in names)
            {
                result.Add(children.StatsOf(name, ChildrenContainer.ChildOf(children.ByName[name])!));
            }

            return result;
        }
    }

    private bool TryGetChildStats(IActorRef child, out ChildRestartStats stats)
    {
        if (Volatile.Read(ref _childrenState) is not { } children)
        {
            stats = null!;
            return false;
        }

        lock (children.Gate)
        {
            if (children.Find(child) is { } found)
            {
                stats = children.StatsOf(child.Path.Name, found);
                return true;
            }
        }

        stats = null!;
        return false;
    }

    /// <summary>Stops a child (marked as dying so restart/stop can wait for it) or any other ref.</summary>
    public void Stop(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor is not IInternalActorRef target)
        {
            return;
        }

        if (IsChild(target))
        {
            var children = Children;
            lock (children.Gate)
            {
                children.ToDie.Add(target);
            }
        }

        target.Stop();
    }

    /// <summary>The parent side of a child's death: release the name, then finish a pending restart/stop.</summary>
    private void HandleChildTerminated(IActorRef child)
    {
        ChildrenSuspendReason reason;
        var children = Children;
        lock (children.Gate)
        {
            if (children.Find(child) is not null)
            {
                children.ByName.Remove(child.Path.Name);
            }

            children.ToDie.Remove(child);
            if (children.ToDie.Count > 0 || _extras is not { SuspendReason: not ChildrenSuspendReason.None } extras)
            {
                return;
            }

            reason = extras.SuspendReason;
            extras.SuspendReason = ChildrenSuspendReason.None;
        }

        switch (reason)
        {
            case ChildrenSuspendReason.Recreation:
                FinishRecreate(_extras!.RecreateCause!);
                break;
            case ChildrenSuspendReason.Creation:
                FinishCreate();
                break;
            default:
                FinishTerminate();
                break;
        }
    }

    private bool IsChild(IActorRef actor)
    {
        if (Volatile.Read(ref _childrenState) is not { } children)
        {
            return false;
        }

        lock (children.Gate)
        {
            return children.Find(actor) is not null;
        }
    }

    /// <summary>Sets the wait reason if some child is still dying; false when there is nothing to wait for.</summary>
    private bool WaitForDyingChildren(ChildrenSuspendReason reason)
    {
        if (Volatile.Read(ref _childrenState) is not { } children)
        {
            return false;
        }

        lock (children.Gate)
        {
            if (children.ToDie.Count == 0)
            {
                return false;
            }

            Extras.SuspendReason = reason;
            return true;
        }
    }

    internal static void RestartChild(IInternalActorRef child, Exception cause, bool suspendFirst)
    {
        if (suspendFirst)
        {
            child.SendSystemMessage(Dispatch.SysMsg.Suspend.Instance);
        }

        child.SendSystemMessage(new Recreate(cause));
    }

    private void SuspendChildren(IActorRef? except)
    {
        foreach (var child in GetChildRefs())
        {
            if (!child.Equals(except))
            {
                child.SendSystemMessage(Dispatch.SysMsg.Suspend.Instance);
            }
        }
    }

    private void ResumeChildren(Exception? causedByFailure, IActorRef? perpetrator)
    {
        foreach (var child in GetChildRefs())
        {
            child.SendSystemMessage(new Dispatch.SysMsg.Resume(child.Equals(perpetrator) ? causedByFailure : null));
        }
    }
}
