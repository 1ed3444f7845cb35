namespace ActorChat.Actors;

/// <summary>Standard reply wrappers; a <see cref="Failure"/> reply faults an Ask.</summary>
#pragma warning disable CA1034 // Status.Success / Status.Failure is the Akka API shape users write.
public static class Status
{
    public sealed record Success(object? Status);

    public sealed record Failure(Exception Cause, object? State = null);
}
#pragma warning restore CA1034
