namespace ActorChat.Actors.Dispatch;

/// <summary>
/// Runs mailboxes on the .NET thread pool. <c>UnsafeQueueUserWorkItem</c> with an
/// <see cref="IThreadPoolWorkItem"/> neither allocates nor captures the ExecutionContext.
/// <para>
/// Where a run is queued decides both speed and fairness:
/// <list type="bullet">
/// <item>A mailbox woken by a message sent from inside an actor goes to the sending worker's local
/// queue (<c>preferLocal: true</c>; from a non-pool thread the pool falls back to the global queue).
/// The worker picks it up as soon as the current run ends, on the same core with the message still in
/// cache, instead of handing it to another core through the global queue; idle workers still steal it.
/// In A/B PingPong runs (2 cores, a box at load 13-15, so noisy) local queuing gave more messages/s
/// and shorter one-in-flight hops than always-global queuing (numbers in bench/README.md).</item>
/// <item>A mailbox that re-registers itself at the end of its own run (its throughput was used up and
/// messages remain) goes to the global FIFO queue: the local queue is LIFO, so re-queuing there would
/// run the same actor again at once and defeat the throughput setting's fairness.</item>
/// </list>
/// </para>
/// </summary>
internal sealed class ThreadPoolDispatcher : MessageDispatcher
{
    public ThreadPoolDispatcher(string id, int throughput)
        : base(id, throughput)
    {
    }

    public override void Schedule(IThreadPoolWorkItem mailbox, bool yielding) =>
        ThreadPool.UnsafeQueueUserWorkItem(mailbox, preferLocal: !yielding);
}
