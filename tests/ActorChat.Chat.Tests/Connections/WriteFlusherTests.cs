using ActorChat.Chat.Connections;

namespace ActorChat.Chat.Tests.Connections;

public sealed class WriteFlusherTests : ActorChat.TestKit.TestKit
{
    [Fact]
    public void Request_SeveralConnections_EachToldFlushNowOncePerRequest()
    {
        var flusher = new WriteFlusher(TimeSpan.FromMilliseconds(20));
        var a = CreateTestProbe();
        var b = CreateTestProbe();

        flusher.Request(a.Ref);
        flusher.Request(b.Ref);

        a.ExpectMsg<FlushNow>();
        b.ExpectMsg<FlushNow>();
        a.ExpectNoMsg(TimeSpan.FromMilliseconds(100));

        // A later request is a new round, flushed again.
        flusher.Request(a.Ref);
        a.ExpectMsg<FlushNow>();
    }

    [Fact]
    public async Task Request_PoolStaysBusy_FlushedWithinTheMaxDelay()
    {
        // Keep work queued on the pool so the flusher keeps deferring: the max delay still bounds it.
        var flusher = new WriteFlusher(TimeSpan.FromMilliseconds(50));
        var probe = CreateTestProbe();
        using var stop = new CancellationTokenSource();
        var busy = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                ThreadPool.UnsafeQueueUserWorkItem<object?>(static _ => Thread.SpinWait(50), null, preferLocal: false);
                Thread.Yield();
            }
        })).ToList();

        flusher.Request(probe.Ref);
        probe.ExpectMsg<FlushNow>(TimeSpan.FromSeconds(5));
        stop.Cancel();
        await Task.WhenAll(busy).WaitAsync(TimeSpan.FromSeconds(5));
    }
}
