using ActorChat.Actors.Scheduling;
using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests.Scheduling;

public sealed class SchedulerTests : ActorChat.TestKit.TestKit
{
    private readonly ManualTimeProvider _time;

    public SchedulerTests()
        : this(new ManualTimeProvider())
    {
    }

    private SchedulerTests(ManualTimeProvider time)
        : base(new ActorSystemSetup { TimeProvider = time }) => _time = time;

    [Fact]
    public void ScheduleTellOnce_AfterDelay_DeliversOnce()
    {
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromSeconds(2), TestActor, "tick", ActorRefs.NoSender);
        _time.Advance(TimeSpan.FromSeconds(1));
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
        _time.Advance(TimeSpan.FromSeconds(1));
        ExpectMsg("tick");
        _time.Advance(TimeSpan.FromSeconds(10));
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void ScheduleTellRepeatedly_DeliversEveryInterval_UntilCanceled()
    {
        var cancelable = Sys.Scheduler.ScheduleTellRepeatedlyCancelable(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TestActor, "tick", ActorRefs.NoSender);
        _time.Advance(TimeSpan.FromSeconds(1));
        ExpectMsg("tick");
        _time.Advance(TimeSpan.FromSeconds(2));
        ExpectMsg("tick");
        _time.Advance(TimeSpan.FromSeconds(2));
        ExpectMsg("tick");
        cancelable.Cancel();
        _time.Advance(TimeSpan.FromSeconds(10));
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void ScheduleTellOnceCancelable_CanceledBeforeDue_NothingDelivered()
    {
        var cancelable = Sys.Scheduler.ScheduleTellOnceCancelable(TimeSpan.FromSeconds(1), TestActor, "tick", ActorRefs.NoSender);
        cancelable.Cancel();
        Assert.True(cancelable.IsCancellationRequested);
        _time.Advance(TimeSpan.FromSeconds(5));
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void Advanced_ScheduleOnce_RunsAction()
    {
        var ran = 0;
        Sys.Scheduler.Advanced.ScheduleOnce(TimeSpan.FromMilliseconds(10), () => Interlocked.Increment(ref ran));
        _time.Advance(TimeSpan.FromMilliseconds(10));
        Assert.Equal(1, Volatile.Read(ref ran));
    }

    [Fact]
    public void Schedule_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromSeconds(-1), TestActor, "x", ActorRefs.NoSender));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sys.Scheduler.ScheduleTellRepeatedly(TimeSpan.Zero, TimeSpan.Zero, TestActor, "x", ActorRefs.NoSender));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sys.Scheduler.Advanced.ScheduleRepeatedly(TimeSpan.Zero, TimeSpan.FromSeconds(-1), () => { }));
    }

    [Fact]
    public async Task Schedule_AfterTermination_ThrowsSchedulerException()
    {
        await Sys.Terminate().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Throws<SchedulerException>(() => Sys.Scheduler.ScheduleTellOnce(TimeSpan.Zero, TestActor, "x", ActorRefs.NoSender));
    }
}
