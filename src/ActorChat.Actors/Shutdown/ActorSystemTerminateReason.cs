namespace ActorChat.Actors.Shutdown;

/// <summary><see cref="ActorSystem.Terminate"/> was called.</summary>
public sealed class ActorSystemTerminateReason : ShutdownReason
{
    private ActorSystemTerminateReason()
    {
    }

    public static ActorSystemTerminateReason Instance { get; } = new();
}
