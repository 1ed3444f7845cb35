namespace ActorChat.Actors.Dispatch;

/// <summary>Creates the message queue for one actor; one instance per configured mailbox id.</summary>
internal interface IMailboxType
{
    MessageQueue CreateQueue();
}
