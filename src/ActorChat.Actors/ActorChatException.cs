namespace ActorChat.Actors;

/// <summary>Base of the runtime's own exceptions.</summary>
public class ActorChatException : Exception
{
    public ActorChatException()
    {
    }

    public ActorChatException(string message)
        : base(message)
    {
    }

    public ActorChatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
