using ActorChat.LoadGen.Measure;

namespace ActorChat.LoadGen.Tests.Measure;

public sealed class FlowWindowTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ExpectReceived_TargetReached_CompletesWithTimestamp()
    {
        using var window = new FlowWindow();
        window.AddSent(10);

        var reached = window.ExpectReceived(10);
        window.AddReceived(4);
        Assert.False(reached.IsCompleted);
        window.AddReceived(6);

        Assert.True(await reached.WaitAsync(Bound) > 0);
        Assert.Equal(0, window.InFlight);
    }

    [Fact]
    public async Task ExpectReceived_AlreadyReached_CompletesAtOnce()
    {
        using var window = new FlowWindow();
        window.AddSent(3);
        window.AddReceived(3);

        Assert.True(await window.ExpectReceived(3).WaitAsync(Bound) > 0);
    }

    [Fact]
    public void WaitForInFlightAtMost_AlreadyBelow_TrueWithoutWaiting()
    {
        using var window = new FlowWindow();
        window.AddSent(5);

        Assert.True(window.WaitForInFlightAtMost(5, TimeSpan.Zero));
    }

    [Fact]
    public void WaitForInFlightAtMost_NothingArrives_FalseAfterTimeout()
    {
        using var window = new FlowWindow();
        window.AddSent(5);

        Assert.False(window.WaitForInFlightAtMost(2, TimeSpan.FromMilliseconds(20)));
    }

    [Fact]
    public async Task WaitForInFlightAtMost_ReceiptsOnAnotherThread_WakesProducer()
    {
        using var window = new FlowWindow();
        window.AddSent(100);
        using var producerWaiting = new ManualResetEventSlim();

        var producer = Task.Run(() =>
        {
            producerWaiting.Set();
            return window.WaitForInFlightAtMost(50, Bound);
        });
        Assert.True(producerWaiting.Wait(Bound));
        for (var i = 0; i < 60; i++)
        {
            window.AddReceived(1);
        }

        Assert.True(await producer.WaitAsync(Bound));
        Assert.Equal(40, window.InFlight);
    }
}
