using ActorChat.Actors;

namespace ActorChat.TestKit;

/// <summary>
/// Reacts to each message the TestActor (or a probe) receives, inside the actor, before the message
/// is queued for the test: e.g. reply on the test's behalf. <see cref="Run"/> returns the pilot for the
/// next message: itself (or <see cref="KeepRunning"/>), another pilot, or <see cref="NoAutoPilot"/> to stop.
/// </summary>
public abstract class AutoPilot
{
    /// <summary>No pilot: messages are only queued.</summary>
    public static AutoPilot NoAutoPilot { get; } = new DelegateAutoPilot((_, _) => NoAutoPilot!);

    /// <summary>Returned from <see cref="Run"/> to keep the current pilot.</summary>
    public static AutoPilot KeepRunning { get; } = new DelegateAutoPilot((_, _) => KeepRunning!);

    /// <summary>Handles one message; the result is the pilot for the next one.</summary>
    public abstract AutoPilot Run(IActorRef sender, object message);
}
