using ActorChat.Actors.Cells;
using ActorChat.Actors.Dispatch;
using ActorChat.Actors.Dispatch.SysMsg;

namespace ActorChat.Actors.Refs;

/// <summary>A ref to an actor in this process; Tell goes straight into its mailbox.</summary>
internal sealed class LocalActorRef(ActorCell cell, ActorPath path, Mailbox mailbox) : ActorRefBase
{
    public ActorCell Cell { get; } = cell;

    public Mailbox Mailbox => mailbox;

    public override ActorPath Path => path;

    public override IInternalActorRef Parent => Cell.Parent;

    public override ActorSystemImpl System => Cell.System;

    public override bool IsTerminated => mailbox.IsClosed;

    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        mailbox.Post(new Envelope(message, sender));
    }

    public override void SendSystemMessage(ISystemMessage message) => mailbox.PostSystem(message);

    public override void Stop() => mailbox.PostSystem(Terminate.Instance);

    public override IInternalActorRef GetChild(string name) => Cell.GetChildRef(name);

    public override IReadOnlyList<IInternalActorRef> GetChildren() => Cell.GetChildRefs();
}
