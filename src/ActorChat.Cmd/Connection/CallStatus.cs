namespace ActorChat.Cmd.Connection;

/// <summary>How a call ended when it did not get a reply.</summary>
internal enum CallStatus
{
    Replied,
    TimedOut,
    ConnectionClosed,
}
