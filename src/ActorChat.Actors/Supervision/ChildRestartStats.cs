using ActorChat.Actors.Refs;

namespace ActorChat.Actors.Supervision;

/// <summary>
/// Per-child restart bookkeeping of a supervisor. Permission rules (Akka's table):
/// retries 0 → never; retries &gt; 0 without window → lifetime count ≤ retries; with a window → count
/// within the window ≤ retries (1 when retries undefined), and a restart after the window has elapsed
/// starts a new window with count 1; retries &lt; 0 without window → always.
/// </summary>
internal sealed class ChildRestartStats(IInternalActorRef child)
{
    private int _restartCount;
    // long.MinValue = no window started yet (a sentinel rather than long?, which costs 8 more bytes per child).
    private long _windowStartMs = long.MinValue;

    public IInternalActorRef Child { get; } = child;

    public long Uid => Child.Path.Uid;

    public bool RequestRestartPermission(int maxNrOfRetries, int withinTimeMilliseconds, long nowMs)
    {
        if (maxNrOfRetries == 0)
        {
            return false;
        }

        var retriesDefined = maxNrOfRetries > 0;
        var windowDefined = withinTimeMilliseconds > 0;
        if (retriesDefined && !windowDefined)
        {
            _restartCount++;
            return _restartCount <= maxNrOfRetries;
        }

        if (windowDefined)
        {
            return RetriesInWindowOkay(retriesDefined ? maxNrOfRetries : 1, withinTimeMilliseconds, nowMs);
        }

        return true;
    }

    private bool RetriesInWindowOkay(int retries, int windowMs, long nowMs)
    {
        if (_windowStartMs == long.MinValue)
        {
            _windowStartMs = nowMs;
        }

        if (nowMs - _windowStartMs <= windowMs)
        {
            _restartCount++;
            return _restartCount <= retries;
        }

        _restartCount = 1;
        _windowStartMs = nowMs;
        return true;
    }
}
