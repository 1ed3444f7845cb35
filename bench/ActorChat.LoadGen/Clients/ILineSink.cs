namespace ActorChat.LoadGen.Clients;

/// <summary>Receives the complete lines <see cref="LineAssembler"/> cuts out of a byte stream.</summary>
internal interface ILineSink
{
    /// <summary>One line without its <c>\n</c> or <c>\r\n</c>; the span is only valid during the call.</summary>
    void OnLine(ReadOnlySpan<byte> line);

    /// <summary>A line longer than <see cref="LineAssembler.MaxLineLength"/> was dropped.</summary>
    void OnLineTooLong();
}
