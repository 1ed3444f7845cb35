using ActorChat.Actors.Scheduling;

namespace ActorChat.Actors.Timers;

/// <summary>A running timer: the generation its messages carry, and the handle that stops its schedule.</summary>
internal sealed record ActiveTimer(int Generation, bool Periodic, Cancelable Cancelable)
{
    public void Stop()
    {
        Cancelable.Cancel();
        Cancelable.Dispose();
    }
}
