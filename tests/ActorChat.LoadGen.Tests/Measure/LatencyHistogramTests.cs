using ActorChat.LoadGen.Measure;

namespace ActorChat.LoadGen.Tests.Measure;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void Percentile_OneToHundred_NearestRank()
    {
        var histogram = new LatencyHistogram();
        for (var us = 1; us <= 100; us++)
        {
            histogram.Record(us);
        }

        Assert.Equal(100, histogram.Count);
        Assert.Equal(50, histogram.Percentile(0.50));
        Assert.Equal(99, histogram.Percentile(0.99));
        Assert.Equal(100, histogram.Percentile(0.999));
        Assert.Equal(1, histogram.Percentile(0.0));
        Assert.Equal(100, histogram.MaxMicros);
    }

    [Fact]
    public void Percentile_SkewedSamples_TailSeen()
    {
        var histogram = new LatencyHistogram();
        for (var i = 0; i < 990; i++)
        {
            histogram.Record(10);
        }

        for (var i = 0; i < 10; i++)
        {
            histogram.Record(5_000);
        }

        Assert.Equal(10, histogram.Percentile(0.50));
        Assert.Equal(10, histogram.Percentile(0.99));
        Assert.Equal(5_000, histogram.Percentile(0.999));
    }

    [Fact]
    public void Percentile_AboveTenMilliseconds_UpperBucketEdgeCappedByMax()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(15_050);
        histogram.Record(15_020);
        histogram.Record(2_500_000);

        // 15,020 and 15,050 share the 100 µs bucket [15,000, 15,100): reported as its upper edge.
        Assert.Equal(15_099, histogram.Percentile(0.50));
        Assert.Equal(2_500_000, histogram.Percentile(1.0));
        Assert.Equal(2_500_000, histogram.MaxMicros);
    }

    [Fact]
    public void Record_BeyondSixtySeconds_CountedAndMaxKept()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(90_000_000);

        Assert.Equal(90_000_000, histogram.Percentile(0.5));
        Assert.Equal(90_000_000, histogram.MaxMicros);
    }

    [Fact]
    public void Percentile_Empty_Null()
    {
        Assert.Null(new LatencyHistogram().Percentile(0.99));
    }

    [Fact]
    public void Record_Negative_CountsAsZero()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(-5);

        Assert.Equal(0, histogram.Percentile(0.5));
    }

    [Fact]
    public async Task Record_FromSeveralThreads_NothingLost()
    {
        var histogram = new LatencyHistogram();
        var writers = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 25_000; i++)
            {
                histogram.Record((i % 100) + (t * 1000));
            }
        }));

        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(100_000, histogram.Count);
        Assert.Equal(3_099, histogram.MaxMicros);
    }
}
