using ActorChat.Actors.Dispatch.SysMsg;

namespace ActorChat.Actors.Refs;

/// <summary>Temporary watcher of a GracefulStop: completes true on the target's death notification.</summary>
internal sealed class StopWatcherRef(ActorSystemImpl system, ActorPath path, IInternalActorRef target) : MinimalActorRef
{
    private readonly TaskCompletionSource<bool> _promise = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override ActorPath Path => path;

    public override ActorSystemImpl System => system;

    public Task<bool> Task => _promise.Task;

    public override void Tell(object message, IActorRef? sender) => ArgumentNullException.ThrowIfNull(message);

    public override void SendSystemMessage(ISystemMessage message)
    {
        if (message is DeathWatchNotification notification && notification.Actor.Equals(target))
        {
            Finish(true);
        }
    }

    public void Finish(bool stopped)
    {
        if (_promise.TrySetResult(stopped))
        {
            system.TempContainer.Unregister(this);
            if (!stopped)
            {
                target.SendSystemMessage(new Unwatch(target, this));
            }
        }
    }
}
