using ActorChat.Actors;

namespace ActorChat.TestKit.Internal;

/// <summary>
/// Records every message and its sender for the test thread. Handles Terminated like any message
/// (no death pact), so a test can expect it.
/// </summary>
/// <remarks>
/// Akka runs its TestActor on a calling-thread dispatcher. Ours is a normal actor on the default
/// dispatcher feeding a <see cref="TestMessageQueue"/>: the runtime's dispatchers are an internal,
/// config-bound thread-pool type with no extension point, and running a mailbox inline on the sender's
/// thread would nest one actor's turn inside another's (the runtime keeps the current cell per thread).
/// Tests cannot tell the difference: every read of the queue is a bounded wait, and settings that must
/// apply immediately (ignore filter, auto-pilot) are shared fields (<see cref="TestActorHooks"/>), not messages.
/// </remarks>
internal sealed class TestActor(TestMessageQueue queue, TestActorHooks hooks) : ActorBase
{
    protected override bool Receive(object message)
    {
        switch (message)
        {
            case WatchRequest request:
                Apply(request);
                return true;
            case SpawnRequest spawn:
                Spawn(spawn);
                return true;
        }

        if (hooks.AutoPilot is var pilot && !ReferenceEquals(pilot, AutoPilot.NoAutoPilot))
        {
            var next = pilot.Run(Sender, message);
            if (!ReferenceEquals(next, AutoPilot.KeepRunning))
            {
                hooks.AutoPilot = next;
            }
        }

        if (hooks.Ignore is { } ignore && ignore(message))
        {
            return true;
        }

        queue.Enqueue(new MessageEnvelope(message, Sender));
        return true;
    }

    private static void Apply(WatchRequest request)
    {
        if (request.Watch)
        {
            Context.Watch(request.Subject);
        }
        else
        {
            Context.Unwatch(request.Subject);
        }

        request.Done.TrySetResult();
    }

    private static void Spawn(SpawnRequest spawn)
    {
        try
        {
            if (spawn.Strategy is null)
            {
                spawn.Done.TrySetResult(Context.ActorOf(spawn.Props, spawn.Name));
                return;
            }

            // The supervisor completes Done once it created the child.
            var supervisorName = spawn.Name is null ? null : spawn.Name + "-supervisor";
            Context.ActorOf(
                Props.Create(() => new ChildSupervisor(spawn.Props, spawn.Name, spawn.Done)).WithSupervisorStrategy(spawn.Strategy),
                supervisorName);
        }
        catch (Exception e)
        {
            spawn.Done.TrySetException(e);
        }
    }
}
