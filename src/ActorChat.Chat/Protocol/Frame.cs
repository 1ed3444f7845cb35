namespace ActorChat.Chat.Protocol;

/// <summary>One framed input line; <see cref="Text"/> is set only for <see cref="FrameKind.Line"/>.</summary>
internal readonly record struct Frame(FrameKind Kind, string? Text);
