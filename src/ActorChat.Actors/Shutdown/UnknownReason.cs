namespace ActorChat.Actors.Shutdown;

/// <summary>The reason is not known (e.g. a caller that gave none).</summary>
public sealed class UnknownReason : ShutdownReason
{
    private UnknownReason()
    {
    }

    public static UnknownReason Instance { get; } = new();
}
