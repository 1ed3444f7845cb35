namespace ActorChat.Actors;

/// <summary>An Ask got no reply within its timeout.</summary>
public sealed class AskTimeoutException : ActorChatException
{
    public AskTimeoutException()
    {
    }

    public AskTimeoutException(string message)
        : base(message)
    {
    }

    public AskTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
