using Microsoft.Extensions.Logging;

namespace ActorChat.TestKit.EventFilter;

/// <summary>
/// The test kit's log capture: every logger it creates routes entries to the active EventFilters and
/// passes the unclaimed ones to <paramref name="downstream"/>. It does not own the downstream factory.
/// </summary>
internal sealed class CapturingLoggerProvider(TestEventSink sink, ILoggerFactory? downstream) : ILoggerProvider
{
    public TestEventSink Sink => sink;

    public ILogger CreateLogger(string categoryName) =>
        new CapturingLogger(categoryName, sink, downstream?.CreateLogger(categoryName));

    public void Dispose()
    {
    }
}
