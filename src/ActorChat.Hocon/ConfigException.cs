namespace ActorChat.Hocon;

/// <summary>
/// Base of every error the HOCON library throws: parse errors, unresolved substitutions, missing paths and
/// values of the wrong type. Catch this to report any bad configuration in one place.
/// </summary>
public class ConfigException : Exception
{
    public ConfigException()
    {
    }

    public ConfigException(string message)
        : base(message)
    {
    }

    public ConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
