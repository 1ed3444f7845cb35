namespace ActorChat.Hocon.Syntax;

/// <summary>
/// A node of the unresolved tree the parser builds (hocon.md §0): an object with per-key history, an array,
/// a concatenation, a substitution, or an already resolved <see cref="Model.ConfigValue"/> (literals, and
/// whole trees merged in from resolved configs).
/// </summary>
internal abstract class Node
{
    protected Node(SourceLocation? location)
    {
        Location = location;
    }

    /// <summary>Where the node was written; null for values built in code.</summary>
    public SourceLocation? Location { get; }
}
