using ActorChat.Actors;
using ActorChat.TestKit.Tests.Infrastructure;
using Xunit.Sdk;

namespace ActorChat.TestKit.Tests.EventFilter;

public sealed class DeadLetterFilterTests : TestKit
{
    private readonly RecordingLoggerFactory _output;

    public DeadLetterFilterTests()
        : this(new RecordingLoggerFactory())
    {
    }

    private DeadLetterFilterTests(RecordingLoggerFactory output)
        : base(new ActorSystemSetup
        {
            Config = Hocon.ConfigurationFactory.ParseString("actorchat.test.filter-leeway = 300ms"),
            LoggerFactory = output,
        })
    {
        _output = output;
    }

    [Fact]
    public void DeadLetter_SendToStoppedActor_IsCountedAndItsLogLineMuted()
    {
        var dead = StoppedActor();
        EventFilter.DeadLetter<string>().Expect(1, TimeSpan.FromSeconds(3), () => dead.Tell("lost"));
        Assert.DoesNotContain(_output.Lines, l => l.Contains("was not delivered", StringComparison.Ordinal));
    }

    [Fact]
    public void DeadLetter_OtherMessageType_FailsWithOnlyReceived()
    {
        var dead = StoppedActor();
        var e = Assert.Throws<FailException>(() => EventFilter.DeadLetter<int>().ExpectOne(() => dead.Tell("not an int")));
        Assert.Contains("Only received 0/1", e.Message);
        Assert.Contains("DeadLetter<Int32>", e.Message);
    }

    [Fact]
    public void DeadLetter_Predicate_CountsOnlyMatching() =>
        EventFilter.DeadLetter<string>(s => s.StartsWith("yes", StringComparison.Ordinal)).Expect(2, TimeSpan.FromSeconds(3), () =>
        {
            var dead = StoppedActor();
            dead.Tell("yes 1");
            dead.Tell("no");
            dead.Tell("yes 2");
        });

    private IActorRef StoppedActor()
    {
        var actor = Watch(ActorOf(Props.Create<EchoActor>()));
        Sys.Stop(actor);
        ExpectTerminated(actor);
        return actor;
    }
}
