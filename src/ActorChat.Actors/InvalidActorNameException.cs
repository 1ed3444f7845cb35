namespace ActorChat.Actors;

/// <summary>An actor name is illegal or already taken (names stay reserved until the old child's termination is processed).</summary>
public sealed class InvalidActorNameException : ActorChatException
{
    public InvalidActorNameException()
    {
    }

    public InvalidActorNameException(string message)
        : base(message)
    {
    }

    public InvalidActorNameException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
