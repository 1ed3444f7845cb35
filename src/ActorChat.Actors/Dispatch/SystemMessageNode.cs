using ActorChat.Actors.Dispatch.SysMsg;

namespace ActorChat.Actors.Dispatch;

/// <summary>A node of the mailbox's lock-free system-message stack (system messages are rare).</summary>
internal sealed class SystemMessageNode(ISystemMessage? message)
{
    public ISystemMessage? Message { get; } = message;

    public SystemMessageNode? Next { get; set; }
}
