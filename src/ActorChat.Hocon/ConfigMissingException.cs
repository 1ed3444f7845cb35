namespace ActorChat.Hocon;

/// <summary>A getter without a default was called for a path that has no value (or is <c>null</c>).</summary>
public sealed class ConfigMissingException : ConfigException
{
    public ConfigMissingException()
    {
    }

    public ConfigMissingException(string message)
        : base(message)
    {
    }

    public ConfigMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal ConfigMissingException(string path, string expectedType, bool isNull)
        : base(isNull
            ? $"config path '{path}' is null (expected {expectedType})"
            : $"config path '{path}' is missing (expected {expectedType})")
    {
        Path = path;
        ExpectedType = expectedType;
    }

    /// <summary>The full path that was asked for.</summary>
    public string? Path { get; }

    /// <summary>What the getter wanted, e.g. "int" or "duration".</summary>
    public string? ExpectedType { get; }
}
