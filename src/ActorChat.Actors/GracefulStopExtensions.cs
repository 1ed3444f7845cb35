using ActorChat.Actors.Dispatch.SysMsg;
using ActorChat.Actors.Refs;
using ActorChat.Actors.Scheduling;

namespace ActorChat.Actors;

public static class GracefulStopExtensions
{
    /// <summary>
    /// Sends <paramref name="stopMessage"/> (default <see cref="PoisonPill"/>) and completes with true
    /// once the target has terminated, or false if that takes longer than <paramref name="timeout"/>.
    /// </summary>
    public static Task<bool> GracefulStop(this IActorRef target, TimeSpan timeout, object? stopMessage = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target is not IInternalActorRef { System: { } system } internalTarget)
        {
            throw new ArgumentException($"Cannot gracefully stop [{target}].", nameof(target));
        }

        var watcher = new StopWatcherRef(system, system.TempContainer.NextPath(), internalTarget);
        system.TempContainer.Register(watcher);
        internalTarget.SendSystemMessage(new Watch(internalTarget, watcher));
        internalTarget.Tell(stopMessage ?? PoisonPill.Instance, null);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            var cancelTimer = system.Scheduler.Advanced.ScheduleOnceCancelable(
                timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout, () => watcher.Finish(false));
            watcher.Task.ContinueWith(static (_, s) => ((ICancelable)s!).Cancel(), cancelTimer, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return watcher.Task;
    }
}
