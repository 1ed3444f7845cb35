using ActorChat.Actors.Timers;

namespace ActorChat.Actors.Cells;

/// <summary>
/// Timers (§1.14). The ActorBase constructor of an <see cref="IWithTimers"/> actor gets a fresh
/// <see cref="TimerScheduler"/> from here; timer messages arrive wrapped (auto-received) and are
/// unwrapped here, stale ones dropped; all timers are cancelled before PreRestart and PostStop.
/// </summary>
internal sealed partial class ActorCell
{
    /// <summary>Called by the ActorBase constructor; a previous (failed or replaced) incarnation's timers stop.</summary>
    internal TimerScheduler CreateTimerScheduler()
    {
        var extras = Extras;
        extras.Timers?.CancelAll();
        return extras.Timers = new TimerScheduler(this);
    }

    /// <summary>Delivers a current timer's message as if it had been sent directly; stale ones vanish.</summary>
    private void ReceiveTimerMessage(TimerMessage delivered)
    {
        if (_extras?.Timers is not { } timers || !timers.TryAccept(delivered, out var message))
        {
            return;
        }

        // The payload is now the current message: Stash() stores it (not the wrapper), and a failure
        // hands it to PreRestart.
        _currentMessage = message;
        if (message is IAutoReceivedMessage)
        {
            AutoReceiveMessage(message);
        }
        else
        {
            ReceiveMessage(message);
        }

        if (_extras is { ReceiveTimeout: not null } && message is not INotInfluenceReceiveTimeout)
        {
            CheckReceiveTimeout(reschedule: true);
        }
    }

    /// <summary>Restart/stop step, before PreRestart and PostStop.</summary>
    private void CancelTimers() => _extras?.Timers?.CancelAll();
}
