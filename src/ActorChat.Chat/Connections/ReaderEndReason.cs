namespace ActorChat.Chat.Connections;

internal enum ReaderEndReason
{
    /// <summary>The client closed its side.</summary>
    EndOfStream,

    /// <summary>A socket error (reset, closed under the reader).</summary>
    Faulted,

    /// <summary>The connection asked the reader to stop (shutdown or close).</summary>
    Stopped,
}
