namespace ActorChat.Actors.Scheduling;

/// <summary>The system scheduler; runs on the system's <see cref="TimeProvider"/>.</summary>
public interface IScheduler : ITellScheduler
{
    IActionScheduler Advanced { get; }

    /// <summary>Current time according to the scheduler's clock.</summary>
    DateTimeOffset Now { get; }
}
