namespace ActorChat.Remote.Transport;

/// <summary>Outcome of looking for one frame in buffered bytes.</summary>
internal enum FrameStatus
{
    /// <summary>A whole frame is buffered.</summary>
    Complete,

    /// <summary>More bytes are needed.</summary>
    Incomplete,

    /// <summary>The length prefix exceeds maximum-frame-size: droppable (the payload is skipped).</summary>
    TooLong,

    /// <summary>The length prefix is impossible (0, or beyond 2^30): the stream cannot be trusted; fatal.</summary>
    Malformed,
}
