namespace ActorChat.Chat.Protocol;

/// <summary>
/// The outcome of parsing <c>dest1, dest2: text</c>: recipients (each listed once, in first-listed
/// order) and the trimmed text, or the error line to send back.
/// </summary>
internal sealed record ChatMessageParse(IReadOnlyList<string> Recipients, string Text, string? Error)
{
    public bool IsValid => Error is null;
}
