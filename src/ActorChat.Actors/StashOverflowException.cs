namespace ActorChat.Actors;

/// <summary>Thrown by Stash() when the stash already holds <c>stash-capacity</c> messages; the message is not stashed.</summary>
public sealed class StashOverflowException : ActorChatException
{
    public StashOverflowException()
    {
    }

    public StashOverflowException(string message)
        : base(message)
    {
    }

    public StashOverflowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
