namespace ActorChat.Actors.Events;

/// <summary>
/// <c>/system/eventStreamUnsubscriber</c>: death-watches every subscriber of the EventStream and
/// removes all subscriptions of one that stops, so dead subscribers do not collect events (and dead
/// letters) forever.
/// </summary>
internal sealed class EventStreamUnsubscriber(EventStream eventStream) : ActorBase
{
    protected override bool Receive(object message)
    {
        switch (message)
        {
            case RegisterSubscriber register:
                Context.Watch(register.Subscriber);
                return true;
            case UnregisterSubscriber unregister:
                Context.Unwatch(unregister.Subscriber);
                return true;
            case Terminated terminated:
                eventStream.Unsubscribe(terminated.ActorRef);
                return true;
            default:
                return false;
        }
    }
}
