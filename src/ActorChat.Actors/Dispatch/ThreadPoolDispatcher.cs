namespace ActorChat.Actors.Dispatch;

/// <summary>
/// Runs mailboxes on the .NET thread pool. <c>UnsafeQueueUserWorkItem</c> with an
/// <see cref="IThreadPoolWorkItem"/> neither allocates nor captures the ExecutionContext; the global
/// queue (<c>preferLocal: false</c>) keeps two ping-ponging actors from starving each other's worker.
/// </summary>
internal sealed class ThreadPoolDispatcher : MessageDispatcher
{
    public ThreadPoolDispatcher(string id, int throughput)
        : base(id, throughput)
    {
    }

    public override void Schedule(IThreadPoolWorkItem mailbox) =>
        ThreadPool.UnsafeQueueUserWorkItem(mailbox, preferLocal: false);
}
