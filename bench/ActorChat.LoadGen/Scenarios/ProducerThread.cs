namespace ActorChat.LoadGen.Scenarios;

/// <summary>
/// Runs a producer phase on its own thread: it blocks (window waits, paced sleeps, socket writes) and
/// must not hold a thread-pool thread that socket completions need.
/// </summary>
internal static class ProducerThread
{
    public static Task<ProducerOutcome> Start(Func<ProducerOutcome> phase)
    {
        var done = new TaskCompletionSource<ProducerOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                done.SetResult(phase());
            }
#pragma warning disable CA1031 // Any failure of the phase is handed to the awaiting run, which reports it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                done.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "loadgen-producer",
        };
        thread.Start();
        return done.Task;
    }
}
