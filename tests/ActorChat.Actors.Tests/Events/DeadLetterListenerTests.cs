using ActorChat.Actors.Events;
using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.Hocon;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests.Events;

public sealed class DeadLetterListenerTests : ActorChat.TestKit.TestKit
{
    private const int DeadLetterId = 1005;
    private const int DroppedId = 1020;
    private const int UnhandledId = 1021;
    private const int SuspendedId = 1022;
    private const int StoppedId = 1023;
    private const int ResumedId = 1024;

    private readonly ManualTimeProvider _time;
    private readonly CapturingLoggerFactory _logs;

    public DeadLetterListenerTests()
        : this(new ManualTimeProvider(), new CapturingLoggerFactory())
    {
    }

    private DeadLetterListenerTests(ManualTimeProvider time, CapturingLoggerFactory logs)
        : base(new ActorSystemSetup
        {
            TimeProvider = time,
            LoggerFactory = logs,
            Config = "actorchat { log-dead-letters = 3, log-dead-letters-suspend-duration = 10s }",
        })
    {
        _time = time;
        _logs = logs;
    }

    private sealed record Quiet : IDeadLetterSuppression;

    private void SendDeadLetters(int count, int from = 0)
    {
        for (var i = from; i < from + count; i++)
        {
            Sys.DeadLetters.Tell(i);
        }
    }

    [Fact]
    public void DeadLetterListener_CountReached_LogsSuspensionThenSkipsUntilTheDurationElapsed()
    {
        SendDeadLetters(5);
        AwaitAssert(() => Assert.Single(_logs.WithEventId(SuspendedId)));
        Assert.Equal(3, _logs.WithEventId(DeadLetterId).Count);
        Assert.Contains("[3] dead letters encountered", _logs.WithEventId(DeadLetterId)[2].Message, StringComparison.Ordinal);
        Assert.Contains("00:00:10", _logs.WithEventId(SuspendedId)[0].Message, StringComparison.Ordinal);

        // Still inside the pause: skipped (Identify answered = the listener has processed it).
        _time.Advance(TimeSpan.FromSeconds(9));
        SendDeadLetters(1, from: 5);
        Sys.ActorSelection("/system/deadLetterListener").Tell(new Identify(1));
        ExpectMsg<ActorIdentity>();

        // The pause is over: the next letter resumes logging (reporting 3 skipped) with a fresh count.
        _time.Advance(TimeSpan.FromSeconds(1));
        SendDeadLetters(1, from: 6);
        AwaitAssert(() => Assert.Single(_logs.WithEventId(ResumedId)));
        Assert.Contains("3 dead letters were not logged", _logs.WithEventId(ResumedId)[0].Message, StringComparison.Ordinal);
        AwaitAssert(() => Assert.Equal(4, _logs.WithEventId(DeadLetterId).Count));
        var last = _logs.WithEventId(DeadLetterId)[3].Message;
        Assert.Contains("[1] dead letters encountered", last, StringComparison.Ordinal);
    }

    [Fact]
    public void DeadLetterListener_SuppressedDeadLetter_IsPublishedButNotLogged()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(AllDeadLetters));
        Sys.DeadLetters.Tell(new Quiet());
        Sys.DeadLetters.Tell("loud");
        ExpectMsg<SuppressedDeadLetter>();
        ExpectMsg<DeadLetter>();
        AwaitAssert(() => Assert.Single(_logs.WithEventId(DeadLetterId)));
        Assert.Contains("System.String", _logs.WithEventId(DeadLetterId)[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeadLetterListener_DroppedAndUnhandled_AreLoggedWithTheirOwnLines()
    {
        Sys.EventStream.Publish(new Dropped("d", "full", TestActor, TestActor));
        Sys.EventStream.Publish(new UnhandledMessage("u", TestActor, TestActor));
        AwaitAssert(() => Assert.Single(_logs.WithEventId(UnhandledId)));
        var dropped = Assert.Single(_logs.WithEventId(DroppedId));
        Assert.Contains("full", dropped.Message, StringComparison.Ordinal);
        Assert.Equal("ActorChat.Actors.Events.DeadLetterListener", dropped.Category);
    }

    [Fact]
    public void DeadLetterListener_RunsUnderSystem()
    {
        Sys.ActorSelection("/system/deadLetterListener").Tell(new Identify(1));
        Assert.NotNull(ExpectMsg<ActorIdentity>().Subject);
    }
}
