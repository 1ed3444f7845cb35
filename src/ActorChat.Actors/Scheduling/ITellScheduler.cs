namespace ActorChat.Actors.Scheduling;

/// <summary>Schedules message sends.</summary>
public interface ITellScheduler
{
    /// <summary>Sends once after <paramref name="delay"/> (≥ 0) unless <paramref name="cancelable"/> is canceled first.</summary>
    void ScheduleTellOnce(TimeSpan delay, ICanTell receiver, object message, IActorRef? sender, ICancelable? cancelable = null);

    /// <summary>Sends after <paramref name="initialDelay"/> (≥ 0), then every <paramref name="interval"/> (&gt; 0).</summary>
    void ScheduleTellRepeatedly(TimeSpan initialDelay, TimeSpan interval, ICanTell receiver, object message, IActorRef? sender, ICancelable? cancelable = null);
}
