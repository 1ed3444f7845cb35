namespace ActorChat.Hocon;

/// <summary>Where a token or value came from: a file name (or "&lt;string&gt;"), a 1-based line and column.</summary>
internal readonly record struct SourceLocation(string Source, int Line, int Column)
{
    public override string ToString() => $"{Source}:{Line}:{Column}";
}
