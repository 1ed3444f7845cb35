using ActorChat.Actors.Dispatch.SysMsg;
using ActorChat.Actors.Events;

namespace ActorChat.Actors.Refs;

/// <summary>
/// <c>/deadLetters</c>: publishes everything it gets as <see cref="DeadLetter"/> (or
/// <see cref="SuppressedDeadLetter"/>); <see cref="DeadLetterListener"/> logs them. It also
/// stands in for dead actors: a Watch of a dead actor is answered with a not-existing notification,
/// and an Identify with an empty identity.
/// </summary>
internal sealed class DeadLetterActorRef(ActorSystemImpl system, ActorPath path) : MinimalActorRef
{
    public override ActorPath Path => path;

    public override ActorSystemImpl System => system;

    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        switch (message)
        {
            case Identify identify:
                // Sent to DeadLetters itself: Akka answers with Nobody (not null).
                sender?.Tell(new ActorIdentity(identify.MessageId, ActorRefs.Nobody), this);
                break;
            case AllDeadLetters letter:
                Publish(letter);
                break;
            default:
                Publish(message, sender, this);
                break;
        }
    }

    /// <summary>A message that could not reach <paramref name="recipient"/> (dead, missing, or rejected).</summary>
    public void DeliverFrom(object message, IActorRef? sender, IActorRef recipient)
    {
        switch (message)
        {
            case Identify identify:
                sender?.Tell(new ActorIdentity(identify.MessageId, null), this);
                break;
            case ActorSelectionMessage { WildcardFanOut: true, Message: Identify }:
                // A hop died under a wildcard: wildcards do not answer for missing targets.
                break;
            case ActorSelectionMessage selection:
                // A hop died with the selection in its mailbox: the selected message is the dead letter.
                DeliverFrom(selection.Message, sender, recipient);
                break;
            case AllDeadLetters:
                // An event for a dead subscriber: republishing would loop.
                break;
            default:
                Publish(message, sender, recipient);
                break;
        }
    }

    public override void SendSystemMessage(ISystemMessage message) => DeliverSystem(message, this);

    /// <summary>A system message for a dead actor: only Watch needs an answer (exactly one Terminated).</summary>
    public void DeliverSystem(ISystemMessage message, IActorRef recipient)
    {
        if (message is Watch watch && !watch.Watcher.Equals(this))
        {
            watch.Watcher.SendSystemMessage(new DeathWatchNotification(watch.Watchee, ExistenceConfirmed: false, AddressTerminated: false));
        }
    }

    private void Publish(object message, IActorRef? sender, IActorRef recipient)
    {
        var from = sender ?? this;
        Publish(message is IDeadLetterSuppression
            ? new SuppressedDeadLetter(message, from, recipient)
            : new DeadLetter(message, from, recipient));
    }

    // Logging is the DeadLetterListener's job (rate-limited, off the sender's thread).
    private void Publish(AllDeadLetters letter) => system.EventStream.Publish(letter);
}
