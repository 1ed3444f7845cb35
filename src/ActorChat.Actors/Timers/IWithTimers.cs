namespace ActorChat.Actors.Timers;

/// <summary>
/// Opt-in to keyed timers. The runtime assigns <see cref="Timers"/> in the <see cref="ActorBase"/>
/// constructor, before the actor's own constructor body runs, so timers may be started there.
/// </summary>
public interface IWithTimers
{
    ITimerScheduler Timers { get; set; }
}
