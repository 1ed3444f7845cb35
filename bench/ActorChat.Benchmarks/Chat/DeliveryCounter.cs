namespace ActorChat.Benchmarks.Chat;

/// <summary>
/// Shared by every <see cref="DeliverySink"/> of a benchmark: armed with the deliveries one operation
/// expects, completed by the sink that counts the last one.
/// </summary>
internal sealed class DeliveryCounter
{
    private int _left;
    private TaskCompletionSource? _done;

    public Task Arm(int deliveries)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _done = done;
        Volatile.Write(ref _left, deliveries);
        return done.Task;
    }

    public void Delivered()
    {
        if (Interlocked.Decrement(ref _left) == 0)
        {
            _done!.TrySetResult();
        }
    }
}
