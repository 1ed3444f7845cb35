using ActorChat.Actors;
using ActorChat.Actors.Dispatch.SysMsg;
using ActorChat.Actors.Refs;

namespace ActorChat.Remote.Refs;

/// <summary>
/// What a remote path naming a missing (or older-incarnation) local actor resolves to: messages become
/// dead letters, Identify gets an empty identity and Watch an immediate not-existing notification,
/// all under the requested path, so the remote side can match the answer to what it asked about.
/// </summary>
internal sealed class EmptyLocalRef(ActorSystemImpl system, ActorPath path) : MinimalActorRef
{
    public override ActorPath Path => path;

    public override ActorSystemImpl System => system;

    public override void Tell(object message, IActorRef? sender) => system.DeadLetterRef.DeliverFrom(message, sender, this);

    public override void SendSystemMessage(ISystemMessage message) => system.DeadLetterRef.DeliverSystem(message, this);
}
