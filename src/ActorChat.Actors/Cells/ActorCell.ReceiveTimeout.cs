namespace ActorChat.Actors.Cells;

/// <summary>
/// Receive timeout (§1.7): one reusable timer per cell on the system's TimeProvider, re-armed after
/// every message that does not implement <see cref="INotInfluenceReceiveTimeout"/>.
/// </summary>
internal sealed partial class ActorCell
{
    private TimeSpan? _receiveTimeout;
    private ITimer? _receiveTimeoutTimer;
    private int _receiveTimeoutArmed;

    public TimeSpan? ReceiveTimeout => _receiveTimeout;

    public void SetReceiveTimeout(TimeSpan? timeout)
    {
        _receiveTimeout = timeout is { } t && t > TimeSpan.Zero && t != Timeout.InfiniteTimeSpan ? t : null;
        if (_receiveTimeout is null)
        {
            CancelReceiveTimeout();
        }
    }

    /// <summary>Arms the timer after a message; a non-influencing message only arms an unarmed timer.</summary>
    private void CheckReceiveTimeout(bool reschedule)
    {
        if (_receiveTimeout is not { } timeout || (!reschedule && Volatile.Read(ref _receiveTimeoutArmed) == 1))
        {
            return;
        }

        Volatile.Write(ref _receiveTimeoutArmed, 1);
        if (_receiveTimeoutTimer is null)
        {
            _receiveTimeoutTimer = _system.TimeProvider.CreateTimer(
                static state => ((ActorCell)state!).OnReceiveTimeoutElapsed(), this, timeout, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _receiveTimeoutTimer.Change(timeout, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnReceiveTimeoutElapsed()
    {
        Volatile.Write(ref _receiveTimeoutArmed, 0);
        _self.Tell(global::ActorChat.Actors.ReceiveTimeout.Instance, null);
    }

    private void CancelReceiveTimeout()
    {
        Volatile.Write(ref _receiveTimeoutArmed, 0);
        _receiveTimeoutTimer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    private void DisposeReceiveTimeout()
    {
        _receiveTimeout = null;
        _receiveTimeoutTimer?.Dispose();
        _receiveTimeoutTimer = null;
    }
}
