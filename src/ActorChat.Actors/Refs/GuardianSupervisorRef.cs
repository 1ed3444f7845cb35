using ActorChat.Actors.Dispatch.SysMsg;
using ActorChat.Actors.Logging;

namespace ActorChat.Actors.Refs;

/// <summary>
/// The synthetic parent of the root guardian: a failure of the root stops it, and the root's death
/// notification completes the system's termination.
/// </summary>
internal sealed class GuardianSupervisorRef(ActorSystemImpl system, ActorPath path) : MinimalActorRef
{
    public override ActorPath Path => path;

    public override ActorSystemImpl System => system;

    public override void Tell(object message, IActorRef? sender) => ArgumentNullException.ThrowIfNull(message);

    public override void SendSystemMessage(ISystemMessage message)
    {
        switch (message)
        {
            case Failed failed:
                RuntimeLog.GuardianFailed(system.RuntimeLogger, failed.Cause, failed.Child.Path);
                ((IInternalActorRef)failed.Child).Stop();
                break;
            case DeathWatchNotification:
                system.OnRootTerminated();
                break;
        }
    }
}
