using Xunit;

namespace ActorChat.TestKit;

/// <summary>Time-boxed blocks: expectations inside share the block's deadline.</summary>
public abstract partial class TestKitBase
{
    /// <summary>Runs <paramref name="block"/>, which must finish within <paramref name="max"/> (dilated).</summary>
    public void Within(TimeSpan max, Action block) => Within(TimeSpan.Zero, max, block);

    /// <summary>Runs <paramref name="block"/>, which must take at least <paramref name="min"/> and at most <paramref name="max"/>.</summary>
    public void Within(TimeSpan min, TimeSpan max, Action block)
    {
        ArgumentNullException.ThrowIfNull(block);
        Within(min, max, () =>
        {
            block();
            return true;
        });
    }

    public T Within<T>(TimeSpan max, Func<T> block) => Within(TimeSpan.Zero, max, block);

    public T Within<T>(TimeSpan min, TimeSpan max, Func<T> block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var dilatedMax = Dilated(max);
        var start = Now;
        var previous = _end;

        // Nested blocks can only narrow the deadline.
        var end = start + dilatedMax;
        _end = previous is { } outer && outer < end ? outer : end;
        try
        {
            var result = block();
            var elapsed = Now - start;
            if (elapsed < min)
            {
                Assert.Fail($"Block took {elapsed}, should at least have been {min}");
            }

            // A little slack: the last expectation may use the whole remaining time.
            if (elapsed > dilatedMax + TimeSpan.FromMilliseconds(100))
            {
                Assert.Fail($"Block took {elapsed}, exceeding {dilatedMax}");
            }

            return result;
        }
        finally
        {
            _end = previous;
        }
    }
}
