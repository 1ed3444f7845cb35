namespace ActorChat.Actors;

/// <summary>
/// Thrown by Tell to a full bounded mailbox whose <c>overflow-strategy</c> is <c>fail</c> (the message
/// was still published as <see cref="Events.Dropped"/>). Inside an actor it is that actor's failure.
/// </summary>
public sealed class MailboxOverflowException : ActorChatException
{
    public MailboxOverflowException()
    {
    }

    public MailboxOverflowException(string message)
        : base(message)
    {
    }

    public MailboxOverflowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
