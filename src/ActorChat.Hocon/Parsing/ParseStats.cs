namespace ActorChat.Hocon.Parsing;

/// <summary>
/// Counts shared by a document and everything it includes. A tree without substitutions can skip the
/// path-based resolver and be folded directly, which keeps parsing of ordinary configs cheap.
/// </summary>
internal sealed class ParseStats
{
    public int Substitutions { get; set; }
}
