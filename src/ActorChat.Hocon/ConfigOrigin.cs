namespace ActorChat.Hocon;

/// <summary>
/// Where a value was written: <see cref="Source"/> is the file path, the source name given to
/// <c>ParseString</c> (<c>"&lt;string&gt;"</c> when none) or the embedded resource's name; line and
/// column are 1-based and point at the value itself. Lets an application report a value it rejects
/// (e.g. out of range) at the place the user has to fix.
/// </summary>
public sealed record ConfigOrigin(string Source, int Line, int Column)
{
    public override string ToString() => $"{Source}:{Line}:{Column}";

    internal static ConfigOrigin? From(SourceLocation? location) =>
        location is { } at ? new ConfigOrigin(at.Source, at.Line, at.Column) : null;
}
