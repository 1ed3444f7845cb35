using ActorChat.Actors.Logging;
using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.TestKit;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Tests.Logging;

public sealed class ActorLoggingTests : ActorChat.TestKit.TestKit
{
    private readonly CapturingLoggerFactory _logs;

    public ActorLoggingTests()
        : this(new CapturingLoggerFactory())
    {
    }

    private ActorLoggingTests(CapturingLoggerFactory logs)
        : base(new ActorSystemSetup { LoggerFactory = logs, Config = "actorchat.loglevel = WARNING" }) => _logs = logs;

    private sealed class Chatty : ReceiveActor
    {
        public Chatty() => ReceiveAny(m =>
        {
            Log.Info("info {Message}", m);
            Log.Warning("warning {Message}", m);
            Sender.Tell("logged", Self);
        });
    }

    [Fact]
    public void ActorLog_Category_IsTheActorTypeFullName()
    {
        var actor = Sys.ActorOf(Props.Create<Chatty>());
        actor.Tell("x");
        ExpectMsg("logged");
        var line = Assert.Single(_logs.Logs, l => l.Message == "warning x");
        Assert.Equal(typeof(Chatty).FullName, line.Category);
        Assert.Equal(LogLevel.Warning, line.Level);
    }

    [Fact]
    public void ActorLog_BelowConfiguredLogLevel_IsFiltered()
    {
        var actor = Sys.ActorOf(Props.Create<Chatty>());
        actor.Tell("y");
        ExpectMsg("logged");
        Assert.DoesNotContain(_logs.Logs, l => l.Message == "info y");
        Assert.Contains(_logs.Logs, l => l.Message == "warning y");
    }

    [Fact]
    public void SystemLog_AppliesTheLevelFilterAndUsesTheSystemCategory()
    {
        Sys.Log.Info("system info");
        Sys.Log.Error("system error");
        Assert.DoesNotContain(_logs.Logs, l => l.Message == "system info");
        var line = Assert.Single(_logs.Logs, l => l.Message == "system error");
        Assert.Equal("ActorChat.Actors.ActorSystem", line.Category);
        Assert.False(Sys.Log.IsEnabled(LogLevel.Information));
    }
}
