namespace ActorChat.Actors.Events;

/// <summary>Starts the EventStream's system actors once <c>/system</c> exists (step of system startup).</summary>
internal static class EventStreamActors
{
    public static void Start(ActorSystemImpl system)
    {
        var unsubscriber = system.SystemActorOf(
            Props.Create(() => new EventStreamUnsubscriber(system.EventStream)).WithDispatcher(ActorSystemImpl.InternalDispatcherId),
            "eventStreamUnsubscriber");
        system.EventStream.InitUnsubscriber(unsubscriber);

        if (system.Settings.LogDeadLetters > 0)
        {
            // Subscribed here rather than in PreStart, so letters published right after startup are seen.
            var listener = system.SystemActorOf(
                Props.Create(() => new DeadLetterListener(system)).WithDispatcher(ActorSystemImpl.InternalDispatcherId),
                "deadLetterListener");
            system.EventStream.Subscribe(listener, typeof(DeadLetter));
            system.EventStream.Subscribe(listener, typeof(Dropped));
            system.EventStream.Subscribe(listener, typeof(UnhandledMessage));
        }
    }
}
