namespace ActorChat.Hocon.Syntax;

/// <summary>
/// <c>${path}</c> or <c>${?path}</c>. A substitution written in an included file carries the path of the
/// include point as <see cref="Prefix"/>: it is looked up at <c>Prefix + Path</c> first and then at
/// <c>Path</c> from the root (hocon.md §19, rebasing).
/// </summary>
internal sealed class SubstitutionNode : Node
{
    public SubstitutionNode(HoconPath path, bool optional, HoconPath prefix, SourceLocation? location, bool useEnvironment = true)
        : base(location)
    {
        Path = path;
        Optional = optional;
        Prefix = prefix;
        UseEnvironment = useEnvironment;
    }

    /// <summary>
    /// False for the implied <c>${?k}</c> of <c>k += v</c>: an environment variable that happens to share
    /// the key's name must not become the start of the list.
    /// </summary>
    public bool UseEnvironment { get; }

    public HoconPath Path { get; }

    public bool Optional { get; }

    public HoconPath Prefix { get; }

    public override string ToString() => Optional ? $"${{?{Path}}}" : $"${{{Path}}}";
}
