namespace ActorChat.Hocon.Syntax;

/// <summary>An unresolved array; its elements may still hold substitutions.</summary>
internal sealed class ArrayNode : Node
{
    public ArrayNode(List<Node> elements, SourceLocation? location)
        : base(location)
    {
        Elements = elements;
    }

    public List<Node> Elements { get; }
}
