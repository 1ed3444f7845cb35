namespace ActorChat.Hocon;

/// <summary>
/// The value at a path cannot be read as the requested type: a string where an int is wanted, a number out
/// of range, a malformed duration. The message names the full path, the expected type and, when known, the
/// file and line the value came from.
/// </summary>
public sealed class ConfigWrongTypeException : ConfigException
{
    public ConfigWrongTypeException()
    {
    }

    public ConfigWrongTypeException(string message)
        : base(message)
    {
    }

    public ConfigWrongTypeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal ConfigWrongTypeException(string path, string expectedType, string found, SourceLocation? origin)
        : base((origin is { } at ? $"{at}: " : "") + $"config path '{path}' has {found}, expected {expectedType}")
    {
        Path = path;
        ExpectedType = expectedType;
    }

    /// <summary>The full path that was asked for.</summary>
    public string? Path { get; }

    /// <summary>What the getter wanted, e.g. "int" or "byte size".</summary>
    public string? ExpectedType { get; }
}
