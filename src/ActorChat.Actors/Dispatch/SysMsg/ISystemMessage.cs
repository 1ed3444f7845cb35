namespace ActorChat.Actors.Dispatch.SysMsg;

/// <summary>
/// Marker for runtime-internal messages. They travel in the mailbox's separate system queue, which is
/// drained before and between user messages, so they overtake queued user messages.
/// </summary>
internal interface ISystemMessage;
