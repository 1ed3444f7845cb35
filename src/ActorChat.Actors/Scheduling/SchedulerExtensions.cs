namespace ActorChat.Actors.Scheduling;

/// <summary>Variants that create and return the <see cref="ICancelable"/>.</summary>
public static class SchedulerExtensions
{
    public static ICancelable ScheduleTellOnceCancelable(this ITellScheduler scheduler, TimeSpan delay, ICanTell receiver, object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var cancelable = new Cancelable();
        scheduler.ScheduleTellOnce(delay, receiver, message, sender, cancelable);
        return cancelable;
    }

    public static ICancelable ScheduleTellRepeatedlyCancelable(this ITellScheduler scheduler, TimeSpan initialDelay, TimeSpan interval, ICanTell receiver, object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var cancelable = new Cancelable();
        scheduler.ScheduleTellRepeatedly(initialDelay, interval, receiver, message, sender, cancelable);
        return cancelable;
    }

    public static ICancelable ScheduleOnceCancelable(this IActionScheduler scheduler, TimeSpan delay, Action action)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var cancelable = new Cancelable();
        scheduler.ScheduleOnce(delay, action, cancelable);
        return cancelable;
    }

    public static ICancelable ScheduleRepeatedlyCancelable(this IActionScheduler scheduler, TimeSpan initialDelay, TimeSpan interval, Action action)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var cancelable = new Cancelable();
        scheduler.ScheduleRepeatedly(initialDelay, interval, action, cancelable);
        return cancelable;
    }
}
