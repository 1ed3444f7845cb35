namespace ActorChat.Actors.Scheduling;

/// <summary>A handle to cancel scheduled work.</summary>
public interface ICancelable
{
    bool IsCancellationRequested { get; }

    CancellationToken Token { get; }

    void Cancel();
}
