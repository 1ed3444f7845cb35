namespace ActorChat.TestKit.EventFilter;

internal sealed class UnmutableFilter(TestEventSink sink, ActiveFilter filter) : IUnmutableFilter
{
    public void Unmute() => sink.Remove(filter);

    public void Dispose() => Unmute();
}
