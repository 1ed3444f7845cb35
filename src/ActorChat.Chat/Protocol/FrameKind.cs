namespace ActorChat.Chat.Protocol;

/// <summary>What the framer produced for one input line: expected outcomes are values, not exceptions.</summary>
internal enum FrameKind
{
    /// <summary>A complete, valid UTF-8 line (terminator stripped).</summary>
    Line,

    /// <summary>The line exceeded max-line-length; its bytes were discarded up to the next newline.</summary>
    TooLong,

    /// <summary>The line was not valid UTF-8 and was dropped.</summary>
    InvalidUtf8,
}
