namespace ActorChat.Actors.Scheduling;

/// <summary>Schedules arbitrary actions (they run on thread-pool threads, not inside an actor).</summary>
public interface IActionScheduler
{
    void ScheduleOnce(TimeSpan delay, Action action, ICancelable? cancelable = null);

    void ScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, Action action, ICancelable? cancelable = null);
}
