using ActorChat.Actors.Dispatch.SysMsg;

namespace ActorChat.Actors.Refs;

/// <summary>Base of refs without a cell or mailbox (Nobody, DeadLetters, Ask/stop promises).</summary>
internal abstract class MinimalActorRef : ActorRefBase
{
    public override IInternalActorRef Parent => Nobody.Instance;

    public override bool IsTerminated => false;

    public override void SendSystemMessage(ISystemMessage message)
    {
    }
}
