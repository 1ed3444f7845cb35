namespace ActorChat.Actors;

/// <summary>An actor API was used in a state where it makes no sense (e.g. stashing the same message twice).</summary>
public sealed class IllegalActorStateException : ActorChatException
{
    public IllegalActorStateException()
    {
    }

    public IllegalActorStateException(string message)
        : base(message)
    {
    }

    public IllegalActorStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
