namespace ActorChat.Chat.Protocol;

/// <summary>Parsing and the exact wire text of the line protocol (ARCHITECTURE.md §6).</summary>
internal static class ChatProtocol
{
    public const string ServerFull = "error: server full";
    public const string NameTaken = "error: name taken";
    public const string InvalidName = "error: invalid name";
    public const string TooSlow = "error: too slow";
    public const string LineTooLong = "error: line too long";
    public const string InvalidUtf8 = "error: invalid UTF-8";
    public const string Kicked = "error: kicked by operator";
    public const string ShuttingDown = "info: server shutting down";
    public const string MissingColon = "error: expected 'name1, name2: text' (no ':' found)";
    public const string MissingText = "error: expected 'name1, name2: text' (no text after ':')";
    public const string MissingRecipient = "error: expected 'name1, name2: text' (no recipient before ':')";

    public static string Welcome(string name) => "info: welcome " + name;

    public static string UnknownUser(string name) => "error: unknown user " + name;

    public static string Delivery(string from, string text) => "from " + from + ": " + text;

    /// <summary>A name: 1..<paramref name="maxLength"/> characters of A-Z a-z 0-9 _ - .</summary>
    public static bool IsValidName(string name, int maxLength) =>
        name.Length >= 1 && name.Length <= maxLength && name.All(IsNameChar);

    public static ChatMessageParse ParseMessage(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return Fail(MissingColon);
        }

        var text = line[(colon + 1)..].Trim();
        if (text.Length == 0)
        {
            return Fail(MissingText);
        }

        var recipients = new List<string>();
        foreach (var part in line[..colon].Split(','))
        {
            var name = part.Trim();
            if (name.Length > 0 && !recipients.Contains(name, StringComparer.Ordinal))
            {
                recipients.Add(name);
            }
        }

        return recipients.Count == 0 ? Fail(MissingRecipient) : new ChatMessageParse(recipients, text, null);
    }

    private static ChatMessageParse Fail(string error) => new([], string.Empty, error);

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';
}
