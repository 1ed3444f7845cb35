namespace ActorChat.TestKit.EventFilter;

/// <summary>A filter installed by <see cref="IEventFilterApplier.Mute()"/>; unmuting (or disposing) removes it.</summary>
public interface IUnmutableFilter : IDisposable
{
    void Unmute();
}
