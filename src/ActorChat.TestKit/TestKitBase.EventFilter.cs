using ActorChat.TestKit.EventFilter;

namespace ActorChat.TestKit;

/// <summary>Log and dead-letter assertions (see <see cref="EventFilterFactory"/>).</summary>
public abstract partial class TestKitBase
{
    /// <summary>
    /// Filters over this system's log entries and dead letters. Available when the system was created
    /// by a <see cref="TestKit"/>, which installs the log capture.
    /// </summary>
    public EventFilterFactory EventFilter => Sys.LoggerFactory is CapturingLoggerFactory capture
        ? new EventFilterFactory(this, capture.Sink)
        : throw new InvalidOperationException("EventFilter needs an actor system created by the TestKit (its logger factory captures log entries).");
}
