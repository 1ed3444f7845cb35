using ActorChat.Actors;

namespace ActorChat.TestKit.Tests.Infrastructure;

/// <summary>Replies to every message with the message itself.</summary>
public sealed class EchoActor : ActorBase
{
    protected override bool Receive(object message)
    {
        Sender.Tell(message, Self);
        return true;
    }
}
