using ActorChat.Actors.Dispatch.SysMsg;

namespace ActorChat.Actors.Refs;

/// <summary>What the runtime needs from a ref beyond what users see.</summary>
internal interface IInternalActorRef : IActorRef
{
    /// <summary>The supervising ref (for a root, a synthetic ref).</summary>
    IInternalActorRef Parent { get; }

    /// <summary>The owning system, or null for system-independent refs such as Nobody.</summary>
    ActorSystemImpl? System { get; }

    bool IsLocal { get; }

    bool IsTerminated { get; }

    void SendSystemMessage(ISystemMessage message);

    /// <summary>Asks the actor to stop (a system message: overtakes queued user messages).</summary>
    void Stop();

    /// <summary>The named child, or <see cref="Nobody"/>.</summary>
    IInternalActorRef GetChild(string name);

    IReadOnlyList<IInternalActorRef> GetChildren();
}
