using ActorChat.Actors;

namespace ActorChat.TestKit.Tests.Infrastructure;

/// <summary>Throws an InvalidOperationException carrying the message text; answers "pong" to "ping".</summary>
public sealed class FailingActor : ActorBase
{
    protected override bool Receive(object message)
    {
        if (message is "ping")
        {
            Sender.Tell("pong", Self);
            return true;
        }

        throw new InvalidOperationException("boom: " + message);
    }
}
