namespace ActorChat.Hosting;

/// <summary>A key of the <see cref="ActorRegistry"/> was registered twice without overwrite.</summary>
public sealed class DuplicateActorRegistryException : InvalidOperationException
{
    public DuplicateActorRegistryException()
    {
    }

    public DuplicateActorRegistryException(string message)
        : base(message)
    {
    }

    public DuplicateActorRegistryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
