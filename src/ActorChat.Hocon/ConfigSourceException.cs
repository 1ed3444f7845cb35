namespace ActorChat.Hocon;

/// <summary>A config file or embedded resource could not be found or read.</summary>
public sealed class ConfigSourceException : ConfigException
{
    public ConfigSourceException()
    {
    }

    public ConfigSourceException(string message)
        : base(message)
    {
    }

    public ConfigSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
