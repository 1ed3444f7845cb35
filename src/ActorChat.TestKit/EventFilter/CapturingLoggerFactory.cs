using Microsoft.Extensions.Logging;

namespace ActorChat.TestKit.EventFilter;

/// <summary>
/// The <see cref="ILoggerFactory"/> a test kit gives its actor system: a thin shell over one
/// <see cref="CapturingLoggerProvider"/>, also how EventFilters find the sink of a system
/// (<c>Sys.LoggerFactory</c>). Extra providers are refused, since they would bypass muting.
/// </summary>
internal sealed class CapturingLoggerFactory(CapturingLoggerProvider provider) : ILoggerFactory
{
    public TestEventSink Sink => provider.Sink;

    public ILogger CreateLogger(string categoryName) => provider.CreateLogger(categoryName);

    public void AddProvider(ILoggerProvider provider) =>
        throw new NotSupportedException("Give the test kit an ActorSystemSetup.LoggerFactory instead; it receives every unmuted entry.");

    public void Dispose() => provider.Dispose();
}
