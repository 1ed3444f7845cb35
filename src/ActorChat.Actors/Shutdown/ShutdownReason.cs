namespace ActorChat.Actors.Shutdown;

/// <summary>
/// Why <see cref="CoordinatedShutdown"/> runs; only the first caller's reason is recorded.
/// Applications may derive their own (a singleton <c>Instance</c> per reason is the convention).
/// </summary>
public abstract class ShutdownReason
{
    protected ShutdownReason()
    {
    }

    public override string ToString() => GetType().Name;
}
