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

    [Fact]
    public void LogDeadLetters_On_NeverSuspends()
    {
        var logs = new CapturingLoggerFactory();
        using var kit = Kit("actorchat.log-dead-letters = on", logs);
        for (var i = 0; i < 15; i++)
        {
            kit.Sys.DeadLetters.Tell(i);
        }

        kit.AwaitAssert(() => Assert.Equal(15, logs.WithEventId(1005).Count));
        Assert.Empty(logs.WithEventId(1022));
        Assert.Empty(logs.WithEventId(1023));
    }

    /// <summary>
    /// In PostStop (so while the system terminates, with /system and its listener still alive): sends a
    /// dead letter, then Identify to the listener (answered once it has handled the letter), then holds
    /// the shutdown until the test has seen that answer.
    /// </summary>
    private sealed class DyingSender(IActorRef replyTo, ManualResetEventSlim release) : ReceiveActor
    {
        protected override void PostStop()
        {
            Context.System.DeadLetters.Tell("during-shutdown");
            Context.System.ActorSelection("/system/deadLetterListener").Tell(new Identify("listener"), replyTo);
            release.Wait(TimeSpan.FromSeconds(5));
        }
    }

    [Theory]
    [InlineData("off", 0)]
    [InlineData("on", 1)]
    public async Task LogDeadLettersDuringShutdown_Setting_DecidesWhetherShutdownLettersAreLogged(string setting, int expected)
    {
        var logs = new CapturingLoggerFactory();
        using var kit = Kit("actorchat.log-dead-letters-during-shutdown = " + setting, logs);
        using var release = new ManualResetEventSlim(false);
        kit.Sys.ActorOf(Props.Create(() => new DyingSender(kit.TestActor, release)));
        var terminated = kit.Sys.Terminate();
        Assert.NotNull(kit.ExpectMsg<ActorIdentity>().Subject);
        release.Set();
        await terminated.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(expected, logs.WithEventId(1005).Count(l => l.Message.Contains("System.String", StringComparison.Ordinal)));
    }
}
