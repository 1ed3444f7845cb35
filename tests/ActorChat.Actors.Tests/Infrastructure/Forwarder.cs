namespace ActorChat.Actors.Tests.Infrastructure;

/// <summary>Tells every message to a target (keeping the actor itself as sender).</summary>
public sealed class Forwarder(IActorRef target) : ActorBase
{
    protected override bool Receive(object message)
    {
        target.Tell(message, Self);
        return true;
    }
}
