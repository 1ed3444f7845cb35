using ActorChat.Actors;
using ActorChat.Actors.Logging;
using ActorChat.TestKit.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Xunit.Sdk;

namespace ActorChat.TestKit.Tests.EventFilter;

public sealed class EventFilterTests : TestKit
{
    private readonly RecordingLoggerFactory _output;

    public EventFilterTests()
        : this(new RecordingLoggerFactory())
    {
    }

    private EventFilterTests(RecordingLoggerFactory output)
        : base(new ActorSystemSetup
        {
            Config = Hocon.ConfigurationFactory.ParseString("actorchat.test.filter-leeway = 300ms"),
            LoggerFactory = output,
        })
    {
        _output = output;
    }

    [Fact]
    public void ExpectOne_ActorLogsOnce_PassesAndMutesTheEntry()
    {
        var logger = ActorOf(Props.Create<LoggingActor>());
        EventFilter.Warning("careful").ExpectOne(() =>
        {
            logger.Tell(new LogRequest(LogLevel.Warning, "careful"));
            ExpectMsg("logged");
        });
        Assert.DoesNotContain("careful", _output.Lines);
    }

    [Fact]
    public void Expect_FewerThanExpected_FailsWithOnlyReceived()
    {
        var e = Assert.Throws<FailException>(() =>
            EventFilter.Error(start: "bad").Expect(2, () => Sys.Log.Error("bad thing")));
        Assert.Contains("Only received 1/2", e.Message);
    }

    [Fact]
    public void Expect_MoreThanExpected_FailsWithTooMany()
    {
        var e = Assert.Throws<FailException>(() =>
            EventFilter.Info(contains: "chatty").ExpectOne(() =>
            {
                Sys.Log.Info("chatty 1");
                Sys.Log.Info("chatty 2");
            }));
        Assert.Contains("Received 1 too many", e.Message);
    }

    [Fact]
    public void Expect_ExplicitTimeout_WaitsForLateEvents()
    {
        var logger = ActorOf(Props.Create<LoggingActor>());
        EventFilter.Warning("late").Expect(3, TimeSpan.FromSeconds(3), () => logger.Tell(new LogRequest(LogLevel.Warning, "late", Times: 3)));
        ExpectMsg("logged");
    }

    [Fact]
    public void Filter_OtherLevelOrText_DoesNotMatchAndIsNotMuted()
    {
        var e = Assert.Throws<FailException>(() => EventFilter.Error("exact").ExpectOne(() =>
        {
            Sys.Log.Warning("exact");
            Sys.Log.Error("exact but longer");
        }));
        Assert.Contains("Only received 0/1", e.Message);
        Assert.Contains("exact", _output.Lines);
        Assert.Contains("exact but longer", _output.Lines);
    }

    [Fact]
    public void Filter_Source_MatchesLoggerCategory()
    {
        var logger = ActorOf(Props.Create<LoggingActor>());
        EventFilter.Info(source: typeof(LoggingActor).FullName).ExpectOne(() =>
        {
            Sys.Log.Info("from the system logger");
            logger.Tell(new LogRequest(LogLevel.Information, "from the actor"));
            ExpectMsg("logged");
        });
        Assert.Contains("from the system logger", _output.Lines);
    }

    [Fact]
    public void Exception_ActorFailure_MatchesTheSupervisorLog()
    {
        var failing = ActorOf(Props.Create<FailingActor>());
        EventFilter.Exception<InvalidOperationException>(contains: "boom: now").ExpectOne(() =>
        {
            failing.Tell("now");

            // The supervisor logs before it restarts the child, so once "pong" is back the entry exists.
            failing.Tell("ping");
            ExpectMsg("pong");
        });
    }

    [Fact]
    public void Exception_BaseType_MatchesSubtypes()
    {
        var failing = ActorOf(Props.Create<FailingActor>());
        EventFilter.Exception<SystemException>().ExpectOne(() =>
        {
            failing.Tell("x");
            failing.Tell("ping");
            ExpectMsg("pong");
        });
    }

    [Fact]
    public void Custom_Predicate_SeesTheStructuredEvent() =>
        EventFilter.Custom(e => e.Level == LogLevel.Warning && e.State.Any(kv => kv.Key == "Id" && Equals(kv.Value, 7)))
            .ExpectOne(() => Sys.Log.Warning("Item {Id} is odd", 7));

    [Fact]
    public void Mute_Block_HidesEntriesWithoutCounting()
    {
        EventFilter.Warning(start: "noisy").Mute(() =>
        {
            Sys.Log.Warning("noisy 1");
            Sys.Log.Warning("noisy 2");
        });
        Sys.Log.Warning("noisy 3");
        Assert.DoesNotContain("noisy 1", _output.Lines);
        Assert.DoesNotContain("noisy 2", _output.Lines);
        Assert.Contains("noisy 3", _output.Lines);
    }

    [Fact]
    public void Mute_Handle_MutesUntilUnmuted()
    {
        using (var filter = EventFilter.Info("hidden").Mute())
        {
            Sys.Log.Info("hidden");
        }

        Sys.Log.Info("hidden");
        Assert.Single(_output.Lines, l => l == "hidden");
    }

    [Fact]
    public void NestedFilters_InnerClaimsItsEventsFirst()
    {
        EventFilter.Warning(start: "w").ExpectOne(() =>
        {
            EventFilter.Warning("w-inner").ExpectOne(() => Sys.Log.Warning("w-inner"));
            Sys.Log.Warning("w-outer");
        });
    }

    [Fact]
    public async Task ExpectOneAsync_ActorLogs_Passes()
    {
        var logger = ActorOf(Props.Create<LoggingActor>());
        await EventFilter.Error("async").ExpectOneAsync(async () =>
        {
            logger.Tell(new LogRequest(LogLevel.Error, "async"));
            await ExpectMsgAsync("logged");
        });
        var e = await Assert.ThrowsAsync<FailException>(() => EventFilter.Error("never").ExpectAsync(1, () => Task.CompletedTask));
        Assert.Contains("Only received 0/1", e.Message);
    }
}
