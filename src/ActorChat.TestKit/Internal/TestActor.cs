using ActorChat.Actors;

namespace ActorChat.TestKit.Internal;

/// <summary>
/// Records every message and its sender for the test thread. Handles Terminated like any message
/// (no death pact), so a test can expect it.
/// </summary>
internal sealed class TestActor(TestMessageQueue queue) : ActorBase
{
    protected override bool Receive(object message)
    {
        if (message is WatchRequest request)
        {
            if (request.Watch)
            {
                Context.Watch(request.Subject);
            }
            else
            {
                Context.Unwatch(request.Subject);
            }

            request.Done.Set();
            return true;
        }

        queue.Enqueue(new MessageEnvelope(message, Sender));
        return true;
    }
}
