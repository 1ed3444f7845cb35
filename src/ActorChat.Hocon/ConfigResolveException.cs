namespace ActorChat.Hocon;

/// <summary>
/// A substitution could not be resolved: the path does not exist (and no environment variable of that name
/// is set), the references form a cycle, or a concatenation mixes incompatible types. The message names
/// the substitution's path and its location.
/// </summary>
public sealed class ConfigResolveException : ConfigException
{
    public ConfigResolveException()
    {
    }

    public ConfigResolveException(string message)
        : base(message)
    {
    }

    public ConfigResolveException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal ConfigResolveException(string path, SourceLocation? location, string reason)
        : base(location is { } at ? $"{at}: {reason}" : reason)
    {
        Path = path;
        File = location?.Source;
        Line = location?.Line ?? 0;
        Column = location?.Column ?? 0;
    }

    /// <summary>The path of the substitution (or of the value) that failed to resolve.</summary>
    public string? Path { get; }

    /// <summary>Where the failing substitution was written, when known.</summary>
    public string? File { get; }

    public int Line { get; }

    public int Column { get; }
}
