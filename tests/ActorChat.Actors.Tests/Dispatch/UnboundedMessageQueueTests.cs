using ActorChat.Actors.Dispatch;

namespace ActorChat.Actors.Tests.Dispatch;

/// <summary>The default queue on its own: lazy creation, growth past one segment, reuse after draining, many producers.</summary>
public sealed class UnboundedMessageQueueTests
{
    [Fact]
    public void Queue_Empty_DequeuesNothing()
    {
        var queue = new UnboundedMessageQueue();
        Assert.False(queue.HasMessages);
        Assert.Equal(0, queue.Count);
        Assert.False(queue.TryDequeue(out _));
    }

    [Fact]
    public void Queue_MoreThanOneSegment_KeepsFifoAndCount()
    {
        var queue = new UnboundedMessageQueue();
        for (var i = 0; i < 5000; i++)
        {
            queue.TryEnqueue(new Envelope(i, null));
        }

        Assert.Equal(5000, queue.Count);
        for (var i = 0; i < 5000; i++)
        {
            Assert.True(queue.TryDequeue(out var envelope));
            Assert.Equal(i, envelope.Message);
        }

        Assert.False(queue.HasMessages);
        Assert.False(queue.TryDequeue(out _));
    }

    [Fact]
    public void Queue_DrainedRepeatedly_StaysFifo()
    {
        var queue = new UnboundedMessageQueue();
        var next = 0;
        for (var round = 0; round < 200; round++)
        {
            var first = next;
            for (var i = 0; i < round % 50; i++)
            {
                queue.TryEnqueue(new Envelope(next++, null));
            }

            for (var expected = first; expected < next; expected++)
            {
                Assert.True(queue.TryDequeue(out var envelope));
                Assert.Equal(expected, envelope.Message);
            }

            Assert.False(queue.TryDequeue(out _));
        }
    }

    [Fact]
    public void Queue_ConcurrentProducers_PerProducerFifoNoLossNoDuplicates()
    {
        for (var round = 0; round < 20; round++)
        {
            var queue = new UnboundedMessageQueue();
            const int producers = 4;
            const int perProducer = 20_000;
            var threads = Enumerable.Range(0, producers).Select(p => new Thread(() =>
            {
                for (var i = 0; i < perProducer; i++)
                {
                    queue.TryEnqueue(new Envelope((p, i), null));
                }
            })).ToList();
            threads.ForEach(t => t.Start());

            var last = Enumerable.Repeat(-1, producers).ToArray();
            var received = 0;
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (received < producers * perProducer)
            {
                if (queue.TryDequeue(out var envelope))
                {
                    var (producer, sequence) = ((int, int))envelope.Message;
                    Assert.True(last[producer] + 1 == sequence, $"round {round}: producer {producer} expected {last[producer] + 1}, got {sequence}");
                    last[producer] = sequence;
                    received++;
                }
                else
                {
                    Assert.True(DateTime.UtcNow < deadline, $"round {round}: stuck after {received} messages");
                }
            }

            threads.ForEach(t => t.Join());
            Assert.False(queue.TryDequeue(out _));
        }
    }
}
