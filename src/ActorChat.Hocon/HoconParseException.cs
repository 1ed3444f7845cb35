namespace ActorChat.Hocon;

/// <summary>
/// The text is not valid HOCON, or an include failed. The message starts with <c>file:line:column:</c>
/// and says what was expected.
/// </summary>
public sealed class HoconParseException : ConfigException
{
    public HoconParseException()
    {
        File = "<unknown>";
    }

    public HoconParseException(string message)
        : base(message)
    {
        File = "<unknown>";
    }

    public HoconParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "<unknown>";
    }

    internal HoconParseException(SourceLocation location, string reason, Exception? innerException = null)
        : base($"{location}: {reason}", innerException!)
    {
        File = location.Source;
        Line = location.Line;
        Column = location.Column;
        Reason = reason;
    }

    /// <summary>The file name, or "&lt;string&gt;" (or the caller's source name) for parsed text.</summary>
    public string File { get; }

    /// <summary>1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>1-based column of the error.</summary>
    public int Column { get; }

    /// <summary>The message without the location prefix.</summary>
    public string? Reason { get; }
}
