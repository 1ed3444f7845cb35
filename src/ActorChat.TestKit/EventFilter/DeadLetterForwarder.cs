using ActorChat.Actors;
using ActorChat.Actors.Events;

namespace ActorChat.TestKit.EventFilter;

/// <summary>Subscribed to <see cref="DeadLetter"/> on the EventStream; hands each one to the sink.</summary>
internal sealed class DeadLetterForwarder(TestEventSink sink) : ActorBase
{
    protected override bool Receive(object message)
    {
        if (message is DeadLetter letter)
        {
            sink.Route(letter);
        }

        return true;
    }
}
