using ActorChat.Actors.Logging;
using ActorChat.Actors.Dispatch.SysMsg;
using ActorChat.Actors.Refs;
using ActorChat.Actors.Supervision;

namespace ActorChat.Actors.Cells;

/// <summary>
/// Creation, failure, restart and stop (§2.1).
/// <code>
/// failure:  suspend self + children → Failed(self, cause, uid) to parent → parent decides:
///   Resume  → Resume(cause): resume mailbox, resume children
///   Restart → Recreate(cause): PreRestart(old) → wait for children it stopped → new instance →
///             PostRestart → resume; the failing message is NOT re-processed
///   Stop    → Terminate; Escalate → the parent fails with the same cause
/// stop:     unwatch all → stop children → wait → PostStop → close mailbox (rest to dead letters)
///           → notify parent → notify watchers
/// </code>
/// Suspensions nest: every Suspend (or a failure's self-suspend) is balanced by one Resume or by the
/// end of a Recreate.
/// </summary>
internal sealed partial class ActorCell
{
    private void Create()
    {
        try
        {
            var instance = NewActor();
            instance.AroundPreStart();
        }
        catch (ActorInitializationException e)
        {
            HandleInvokeFailure(e);
            return;
        }
        catch (Exception e)
        {
            HandleInvokeFailure(new ActorInitializationException(_self, $"Exception in PreStart of {_self.Path}.", e));
            return;
        }

        if (_extras is { ReceiveTimeout: not null })
        {
            CheckReceiveTimeout(reschedule: true);
        }
    }

    /// <summary>Reports a failure to the parent and stops processing until it decides.</summary>
    internal void HandleInvokeFailure(Exception cause, IActorRef? failedChild = null)
    {
        if (_extras?.FailedPerpetrator is not null)
        {
            // Already failed (or stopping): one report per failure.
            return;
        }

        var extras = Extras;
        extras.FailedMessage = _currentMessage;
        Mailbox.Suspend();
        SuspendChildren(except: failedChild);
        extras.FailedPerpetrator = failedChild ?? _self;
        _parent.SendSystemMessage(new Failed(_self, cause, _self.Path.Uid));
    }

    private void ClearFailed()
    {
        if (_extras is { } extras)
        {
            extras.FailedPerpetrator = null;
        }
    }

    /// <summary>A child failed: ask the strategy. Stale reports (old incarnation, ex-child) are dropped.</summary>
    private void HandleFailed(Failed failed)
    {
        if (!TryGetChildStats(failed.Child, out var stats) || stats.Uid != failed.Uid)
        {
            RuntimeLog.StaleFailed(_system.RuntimeLogger, failed.Child.Path, _self.Path);
            return;
        }

        // The current (or, between incarnations, the last) instance's strategy, asked once in NewActor.
        var strategy = _extras?.Strategy ?? SupervisorStrategy.DefaultStrategy;
        Directive directive;
        try
        {
            directive = strategy.Decider.Decide(failed.Cause);
        }
        catch (Exception e)
        {
            // A throwing decider is this supervisor's own failure.
            HandleInvokeFailure(e, failed.Child);
            return;
        }

        strategy.LogFailure(this, failed.Child, failed.Cause, directive);
        switch (directive)
        {
            case Directive.Resume:
                stats.Child.SendSystemMessage(new Dispatch.SysMsg.Resume(failed.Cause));
                break;
            case Directive.Restart:
            case Directive.Stop:
                strategy.ProcessFailure(this, directive == Directive.Restart, stats, failed.Cause, ChildStatsSnapshot(), NowMilliseconds());
                break;
            default:
                HandleInvokeFailure(failed.Cause, failed.Child);
                break;
        }
    }

    private long NowMilliseconds() =>
        (long)_system.TimeProvider.GetElapsedTime(0, _system.TimeProvider.GetTimestamp()).TotalMilliseconds;

    private void FaultSuspend()
    {
        Mailbox.Suspend();
        SuspendChildren(except: null);
    }

    private void FaultResume(Exception? causedByFailure)
    {
        if (_actor is null && causedByFailure is not null)
        {
            // Resuming an actor whose creation failed means: try creating it again.
            FaultCreate();
            return;
        }

        var perpetrator = _extras?.FailedPerpetrator;
        Mailbox.Resume();
        if (causedByFailure is not null)
        {
            ClearFailed();
        }

        ResumeChildren(causedByFailure, perpetrator);
    }

    /// <summary>
    /// Retries a failed creation. Children the failed constructor made are stopped (unwatched first, as
    /// the default PreRestart would) and awaited before the retry, so their names are free again for
    /// the new instance; the mailbox stays suspended by the failure until then.
    /// </summary>
    private void FaultCreate()
    {
        DiscardActorTasks();
        CancelReceiveTimeout();
        foreach (var child in GetChildRefs())
        {
            Unwatch(child);
            Stop(child);
        }

        if (!WaitForDyingChildren(ChildrenSuspendReason.Creation))
        {
            FinishCreate();
        }
    }

    private void FinishCreate()
    {
        Mailbox.Resume();
        ClearFailed();
        _currentMessage = null;
        Create();
    }

    private void FaultRecreate(Exception cause)
    {
        if (_actor is null)
        {
            FaultCreate();
            return;
        }

        if (_terminating)
        {
            // Already stopping: keep the suspend count balanced and let the stop finish.
            FaultResume(null);
            return;
        }

        var failedActor = _actor;
        var extras = Extras;
        var failedMessage = extras.FailedMessage;
        extras.FailedMessage = null;
        _currentMessage = null;
        CancelTimers();
        try
        {
            failedActor.AroundPreRestart(cause, failedMessage);
        }
        catch (Exception e)
        {
            RuntimeLog.PreRestartFailed(_system.RuntimeLogger, e, _self.Path);
        }
        finally
        {
            UnstashAllForLifecycle();
            ClearActorInstance(failedActor);
            DiscardActorTasks();
        }

        extras.RecreateCause = cause;
        if (!WaitForDyingChildren(ChildrenSuspendReason.Recreation))
        {
            FinishRecreate(cause);
        }
    }

    private void FinishRecreate(Exception cause)
    {
        var survivors = GetChildRefs();
        ClearFailed();
        Extras.RecreateCause = null;
        try
        {
            var fresh = NewActor();
            try
            {
                fresh.AroundPostRestart(cause);
            }
            catch (Exception e)
            {
                HandleInvokeFailure(new PostRestartException(_self, e, cause));
            }
        }
        catch (ActorInitializationException e)
        {
            HandleInvokeFailure(e);
        }

        Mailbox.Resume();

        // Children that PreRestart left alive are restarted too (they were suspended with us).
        foreach (var survivor in survivors)
        {
            survivor.SendSystemMessage(new Recreate(cause));
        }

        if (_extras is { ReceiveTimeout: not null })
        {
            CheckReceiveTimeout(reschedule: true);
        }
    }

    private void Terminate()
    {
        if (_terminating)
        {
            return;
        }

        CancelReceiveTimeout();
        UnwatchWatchedActors();

        List<IInternalActorRef> children;
        // Under the children lock so a concurrent AttachChild (top-level actors are created from any
        // thread) either lands in this snapshot or sees _terminating and fails.
        var state = Children;
        lock (state.Gate)
        {
            _terminating = true;
            children = [.. state.ByName.Values.Select(ChildrenContainer.ChildOf).OfType<IInternalActorRef>()];
            foreach (var child in children)
            {
                state.ToDie.Add(child);
            }
        }

        foreach (var child in children)
        {
            child.Stop();
        }

        if (WaitForDyingChildren(ChildrenSuspendReason.Termination))
        {
            Mailbox.Suspend();
            Extras.FailedPerpetrator = _self;
        }
        else
        {
            FinishTerminate();
        }
    }

    private void FinishTerminate()
    {
        var actor = _actor;
        CancelTimers();
        try
        {
            actor?.AroundPostStop();
        }
        catch (Exception e)
        {
            RuntimeLog.PostStopFailed(_system.RuntimeLogger, e, _self.Path);
        }
        finally
        {
            // Stashed messages go back first, so closing the mailbox drains them to dead letters.
            UnstashAllForLifecycle();
            Extras.FailedPerpetrator = _self;
            Mailbox.BecomeClosed();
            _parent.SendSystemMessage(new DeathWatchNotification(_self, ExistenceConfirmed: true, AddressTerminated: false));
            TellWatchersWeDied();
            UnwatchWatchedActors();
            ClearActorInstance(actor);
            DiscardActorTasks();
            DisposeReceiveTimeout();
        }
    }
}
