using ActorChat.Actors.Logging;

namespace ActorChat.TestKit.Tests.EventFilter;

/// <summary>Debug entries exist only when actorchat.loglevel lets them through.</summary>
public sealed class DebugFilterTests() : TestKit("actorchat.loglevel = DEBUG")
{
    [Fact]
    public void Debug_LogLevelDebug_IsCaptured() =>
        EventFilter.Debug("details").ExpectOne(() => Sys.Log.Debug("details"));
}
