using System.Reflection;
using ActorChat.Actors.Logging;
using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.Hocon;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Tests;

public sealed class ActorSystemTests
{
    [Theory]
    [InlineData("")]
    [InlineData("-a")]
    [InlineData("a_b")]
    [InlineData("a.b")]
    public void Create_InvalidName_ThrowsArgumentException(string name) =>
        Assert.Throws<ArgumentException>(() => ActorSystem.Create(name));

    [Fact]
    public async Task Terminate_StopsActorsAndRunsCallbacksLatestFirst()
    {
        var system = ActorSystem.Create("sys-1");
        var order = new List<string>();
        system.RegisterOnTermination(() => order.Add("first"));
        system.RegisterOnTermination(() => order.Add("second"));
        var actor = system.ActorOf(Props.Create<Echo>(), "echo");
        await system.Terminate().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(system.WhenTerminated.IsCompletedSuccessfully);
        Assert.Equal(["second", "first"], order);
        Assert.True(((Refs.IInternalActorRef)actor).IsTerminated);
        Assert.Throws<InvalidOperationException>(() => system.ActorOf(Props.Create<Echo>()));
    }

    [Fact]
    public async Task Create_WithStringConfig_BindsSettingsOnce()
    {
        var system = ActorSystem.Create("sys-2", "actorchat { loglevel = DEBUG, log-dead-letters = off, actor.ask-timeout = 2s }");
        try
        {
            Assert.Equal(LogLevel.Debug, system.Settings.LogLevel);
            Assert.Equal(0, system.Settings.LogDeadLetters);
            Assert.Equal(TimeSpan.FromSeconds(2), system.Settings.AskTimeout);
            Assert.Equal("default", system.Settings.GuardianSupervisorStrategy);
            Assert.Equal("actorchat://sys-2", system.Address.ToString());
        }
        finally
        {
            await system.Terminate().WaitAsync(TimeSpan.FromSeconds(5));
        }
    }

    [Fact]
    public void Create_InvalidSettings_ReportsAllErrorsTogether()
    {
        var e = Assert.Throws<ConfigException>(() => ActorSystem.Create("sys-3", "actorchat { loglevel = LOUD, actor.guardian-supervisor-strategy = nope }"));
        Assert.Contains("actorchat.loglevel", e.Message, StringComparison.Ordinal);
        Assert.Contains("guardian-supervisor-strategy", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guardians_HaveAkkaTopLevelPaths()
    {
        var system = (ActorSystemImpl)ActorSystem.Create("sys-4");
        try
        {
            Assert.Equal("actorchat://sys-4/user", system.UserGuardian.Path.ToString());
            Assert.Equal("actorchat://sys-4/system", system.SystemGuardian.Path.ToString());
            Assert.Equal("actorchat://sys-4/deadLetters", system.DeadLetters.Path.ToString());
            Assert.Equal("actorchat://sys-4/temp", system.TempContainer.Path.ToString());
        }
        finally
        {
            await system.Terminate().WaitAsync(TimeSpan.FromSeconds(5));
        }
    }

    [Fact]
    public void RuntimeLog_EventIds_AreUnique()
    {
        var ids = typeof(RuntimeLog).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => m.GetCustomAttribute<LoggerMessageAttribute>())
            .Where(a => a is not null)
            .Select(a => a!.EventId)
            .ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Props_ExpressionArguments_EvaluatedOnce()
    {
        var counter = new Counter();
        var props = Props.Create(() => new Holder(counter.Next()));
        Assert.Equal(1, counter.Value);
        Assert.Equal([1], props.Arguments);
        Assert.Throws<ArgumentException>(() => Props.Create<Holder>(() => Make()));
    }

    private sealed class Counter
    {
        public int Value { get; private set; }

        public int Next() => ++Value;
    }

    private static Holder Make() => throw new InvalidOperationException();

    private sealed class Holder(int value) : ReceiveActor
    {
        public int Value { get; } = value;
    }
}
