using ActorChat.Actors.Logging;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Events;

/// <summary>
/// <c>/system/deadLetterListener</c>: logs <see cref="DeadLetter"/>, <see cref="Dropped"/> and
/// <see cref="UnhandledMessage"/> events (never <see cref="SuppressedDeadLetter"/>), rate-limited:
/// <code>
/// logging ──(log-dead-letters lines)──► suspended ──(suspend duration elapsed, next letter)──► logging
///                                          │ (duration infinite: stays suspended for good)
/// </code>
/// Entering the pause logs one line saying so; the first line after it says how many letters were
/// skipped. Time comes from the system's TimeProvider, checked when a letter arrives (no timer).
/// Not started when <c>log-dead-letters = off</c>; skips everything during shutdown unless
/// <c>log-dead-letters-during-shutdown = on</c>.
/// </summary>
internal sealed class DeadLetterListener : ActorBase
{
    private readonly ActorSystemImpl _system;
    private readonly ILogger _logger;
    private readonly int _maxCount;
    private readonly TimeSpan _suspendDuration;
    private int _count;
    private long _skipped;
    private long? _suspendedAt;

    public DeadLetterListener(ActorSystemImpl system)
    {
        _system = system;
        _logger = new LevelFilteringLogger(system.LoggerFactory.CreateLogger<DeadLetterListener>(), system.Settings.LogLevel);
        _maxCount = system.Settings.LogDeadLetters;
        _suspendDuration = system.Settings.LogDeadLettersSuspendDuration;
    }

    protected override void PostStop() => _system.EventStream.Unsubscribe(Self);

    protected override bool Receive(object message)
    {
        if (message is not AllDeadLetters letter)
        {
            return false;
        }

        if (_system.IsTerminating && !_system.Settings.LogDeadLettersDuringShutdown)
        {
            return true;
        }

        if (_suspendedAt is { } since && !TryResume(since))
        {
            _skipped++;
            return true;
        }

        _count++;
        Write(letter);
        if (_maxCount != int.MaxValue && _count >= _maxCount)
        {
            Suspend();
        }

        return true;
    }

    private bool TryResume(long since)
    {
        var time = _system.TimeProvider;
        if (_suspendDuration == Timeout.InfiniteTimeSpan || time.GetElapsedTime(since) < _suspendDuration)
        {
            return false;
        }

        RuntimeLog.DeadLetterLoggingResumed(_logger, _skipped);
        _suspendedAt = null;
        _skipped = 0;
        _count = 0;
        return true;
    }

    private void Suspend()
    {
        _suspendedAt = _system.TimeProvider.GetTimestamp();
        if (_suspendDuration == Timeout.InfiniteTimeSpan)
        {
            RuntimeLog.DeadLetterLoggingStopped(_logger, _count);
        }
        else
        {
            RuntimeLog.DeadLetterLoggingSuspended(_logger, _count, _suspendDuration);
        }
    }

    private void Write(AllDeadLetters letter)
    {
        var type = letter.Message.GetType();
        switch (letter)
        {
            case Dropped dropped:
                RuntimeLog.DroppedMessage(_logger, type, dropped.Sender, dropped.Recipient, dropped.Reason, _count);
                break;
            case UnhandledMessage unhandled:
                RuntimeLog.UnhandledMessage(_logger, type, unhandled.Sender, unhandled.Recipient, _count);
                break;
            default:
                RuntimeLog.DeadLetter(_logger, type, letter.Sender, letter.Recipient, _count);
                break;
        }
    }
}
