namespace ActorChat.Hocon.Syntax;

/// <summary>The exact whitespace between two values of a concatenation; kept for string results only.</summary>
internal sealed class WhitespaceNode : Node
{
    public WhitespaceNode(string text, SourceLocation? location)
        : base(location)
    {
        Text = text;
    }

    public string Text { get; }
}
