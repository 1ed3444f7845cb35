namespace ActorChat.Hocon.Syntax;

/// <summary>
/// Values written next to each other on one line that include at least one substitution (hocon.md §20).
/// Whether it becomes a string, an array or an object is only known once the substitutions resolve.
/// Concatenations without substitutions are folded by the parser.
/// </summary>
internal sealed class ConcatNode : Node
{
    public ConcatNode(List<Node> parts, SourceLocation? location)
        : base(location)
    {
        Parts = parts;
    }

    /// <summary>The pieces in order; <see cref="WhitespaceNode"/>s keep the spaces between values.</summary>
    public List<Node> Parts { get; }
}
