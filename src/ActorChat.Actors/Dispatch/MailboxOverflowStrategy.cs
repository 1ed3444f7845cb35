namespace ActorChat.Actors.Dispatch;

/// <summary>What a full bounded mailbox does with a new user message (config <c>overflow-strategy</c>).</summary>
internal enum MailboxOverflowStrategy
{
    /// <summary><c>drop-new</c>: the message is published as <see cref="Events.Dropped"/> and counted; the sender is not told.</summary>
    DropNew,

    /// <summary><c>fail</c>: as DropNew, then the sender's Tell throws <see cref="MailboxOverflowException"/>.</summary>
    Fail,
}
