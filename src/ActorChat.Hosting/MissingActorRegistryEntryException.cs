namespace ActorChat.Hosting;

/// <summary>Nothing is registered in the <see cref="ActorRegistry"/> under the requested key.</summary>
public sealed class MissingActorRegistryEntryException : InvalidOperationException
{
    public MissingActorRegistryEntryException()
    {
    }

    public MissingActorRegistryEntryException(string message)
        : base(message)
    {
    }

    public MissingActorRegistryEntryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
