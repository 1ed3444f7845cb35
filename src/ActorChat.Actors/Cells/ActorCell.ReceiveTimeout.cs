namespace ActorChat.Actors.Cells;

/// <summary>
/// Receive timeout (§1.7): one reusable timer per cell on the system's TimeProvider, re-armed after
/// every message that does not implement <see cref="INotInfluenceReceiveTimeout"/>.
/// </summary>
internal sealed partial class ActorCell
{
    // The fields live in CellExtras: most actors never set a receive timeout.
    public TimeSpan? ReceiveTimeout => _extras?.ReceiveTimeout;

    public void SetReceiveTimeout(TimeSpan? timeout)
    {
        if (timeout is { } t && t > TimeSpan.Zero && t != Timeout.InfiniteTimeSpan)
        {
            Extras.ReceiveTimeout = t;
        }
        else if (_extras is { } extras)
        {
            extras.ReceiveTimeout = null;
            CancelReceiveTimeout();
        }
    }

    /// <summary>Arms the timer after a message; a non-influencing message only arms an unarmed timer.</summary>
    private void CheckReceiveTimeout(bool reschedule)
    {
        if (_extras is not { ReceiveTimeout: { } timeout } extras || (!reschedule && Volatile.Read(ref extras.ReceiveTimeoutArmed) == 1))
        {
            return;
        }

        Volatile.Write(ref extras.ReceiveTimeoutArmed, 1);
        if (extras.ReceiveTimeoutTimer is null)
        {
            extras.ReceiveTimeoutTimer = _system.TimeProvider.CreateTimer(
                static state => ((ActorCell)state!).OnReceiveTimeoutElapsed(), this, timeout, Timeout.InfiniteTimeSpan);
        }
        else
        {
            extras.ReceiveTimeoutTimer.Change(timeout, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnReceiveTimeoutElapsed()
    {
        // The timer exists only after CheckReceiveTimeout created the extras, which are never dropped.
        Volatile.Write(ref _extras!.ReceiveTimeoutArmed, 0);
        _self.Tell(global::ActorChat.Actors.ReceiveTimeout.Instance, null);
    }

    private void CancelReceiveTimeout()
    {
        if (_extras is { } extras)
        {
            Volatile.Write(ref extras.ReceiveTimeoutArmed, 0);
            extras.ReceiveTimeoutTimer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    private void DisposeReceiveTimeout()
    {
        if (_extras is { } extras)
        {
            extras.ReceiveTimeout = null;
            extras.ReceiveTimeoutTimer?.Dispose();
            extras.ReceiveTimeoutTimer = null;
        }
    }
}
