using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.Hocon;

namespace ActorChat.Actors.Tests.Events;

public sealed class DeadLetterLoggingSettingsTests
{
    private static ActorChat.TestKit.TestKit Kit(string hocon, CapturingLoggerFactory logs) =>
        new(new ActorSystemSetup { Config = hocon, LoggerFactory = logs, TimeProvider = new ManualTimeProvider() });

    [Fact]
    public void LogDeadLetters_Off_ListenerNotStartedAndNothingLogged()
    {
        var logs = new CapturingLoggerFactory();
        using var kit = Kit("actorchat.log-dead-letters = off", logs);
        Assert.Equal(0, kit.Sys.Settings.LogDeadLetters);
        kit.Sys.ActorSelection("/system/deadLetterListener").Tell(new Identify(1), kit.TestActor);
        Assert.Null(kit.ExpectMsg<ActorIdentity>().Subject);
        kit.Sys.DeadLetters.Tell("x");

        // The unsubscriber runs regardless; once it answers, the dead letter above was long published.
        kit.Sys.ActorSelection("/system/eventStreamUnsubscriber").Tell(new Identify(2), kit.TestActor);
        Assert.NotNull(kit.ExpectMsg<ActorIdentity>().Subject);
        Assert.Empty(logs.WithEventId(1005));
    }

    [Fact]
    public void LogDeadLetters_InfiniteSuspendDuration_LogsStoppedLineOnceAndNothingMore()
    {
        var logs = new CapturingLoggerFactory();
        using var kit = Kit("actorchat { log-dead-letters = 2, log-dead-letters-suspend-duration = infinite }", logs);
        Assert.Equal(Timeout.InfiniteTimeSpan, kit.Sys.Settings.LogDeadLettersSuspendDuration);
        for (var i = 0; i < 4; i++)
        {
            kit.Sys.DeadLetters.Tell(i);
        }

        kit.AwaitAssert(() => Assert.Single(logs.WithEventId(1023)));
        Assert.Equal(2, logs.WithEventId(1005).Count);
        Assert.Empty(logs.WithEventId(1022));
    }

    [Fact]
    public void LogDeadLettersSettings_Defaults_MatchAkka()
    {
        using var kit = Kit(string.Empty, new CapturingLoggerFactory());
        Assert.Equal(TimeSpan.FromMinutes(5), kit.Sys.Settings.LogDeadLettersSuspendDuration);
        Assert.Equal(10, kit.Sys.Settings.LogDeadLetters);
        Assert.False(kit.Sys.Settings.LogDeadLettersDuringShutdown);
    }

    [Fact]
    public void LogDeadLettersSuspendDuration_Zero_IsRejected()
    {
        var e = Assert.Throws<ConfigException>(() => ActorSystem.Create("dl-bad", "actorchat.log-dead-letters-suspend-duration = 0s"));
        Assert.Contains("log-dead-letters-suspend-duration", e.Message, StringComparison.Ordinal);
    }
}
