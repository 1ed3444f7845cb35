namespace ActorChat.Actors;

/// <summary><c>ActorSelection.ResolveOne</c> found no actor.</summary>
public sealed class ActorNotFoundException : ActorChatException
{
    public ActorNotFoundException()
    {
    }

    public ActorNotFoundException(string message)
        : base(message)
    {
    }

    public ActorNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
