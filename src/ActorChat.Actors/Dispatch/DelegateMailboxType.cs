namespace ActorChat.Actors.Dispatch;

/// <summary>A mailbox type given by a queue factory.</summary>
internal sealed class DelegateMailboxType(Func<MessageQueue> create) : IMailboxType
{
    public MessageQueue CreateQueue() => create();
}
