namespace ActorChat.Actors.Timers;

/// <summary>
/// Keyed timers that send a message to the actor itself. Starting a timer with a key already in use
/// replaces the old timer; a message of a cancelled or replaced timer, or of a previous incarnation,
/// is dropped even if it was already in the mailbox. Every timer is cancelled before PreRestart and
/// before PostStop. Use only from the owning actor (not thread-safe). Without a sender, the message
/// arrives with <see cref="ActorRefs.NoSender"/> (Sender reads as DeadLetters).
/// </summary>
public interface ITimerScheduler
{
    /// <summary>Sends <paramref name="message"/> once, after <paramref name="timeout"/>.</summary>
    void StartSingleTimer(object key, object message, TimeSpan timeout, IActorRef? sender = null);

    /// <summary>Sends <paramref name="message"/> every <paramref name="interval"/>, the first time after one interval.</summary>
    void StartPeriodicTimer(object key, object message, TimeSpan interval, IActorRef? sender = null);

    /// <summary>Sends <paramref name="message"/> after <paramref name="initialDelay"/>, then every <paramref name="interval"/>.</summary>
    void StartPeriodicTimer(object key, object message, TimeSpan initialDelay, TimeSpan interval, IActorRef? sender = null);

    /// <summary>Whether a timer with <paramref name="key"/> is running (a single timer stops being active once its message is received).</summary>
    bool IsTimerActive(object key);

    /// <summary>Keys of the running timers.</summary>
    IReadOnlyCollection<object> ActiveTimers { get; }

    /// <summary>Cancels the timer with <paramref name="key"/>, if any; its pending message will be dropped.</summary>
    void Cancel(object key);

    /// <summary>Cancels every timer.</summary>
    void CancelAll();
}
