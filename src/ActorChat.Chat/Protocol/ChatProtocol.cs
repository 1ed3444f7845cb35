using System.Text;

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

    /// <summary>The delivery line as the bytes a connection writes, "\n" included, in one allocation.</summary>
    public static byte[] DeliveryBytes(string from, string text)
    {
        var utf8 = Encoding.UTF8;
        var bytes = new byte[5 + utf8.GetByteCount(from) + 2 + utf8.GetByteCount(text) + 1];
        var span = bytes.AsSpan();
        "from "u8.CopyTo(span);
        var at = 5 + utf8.GetBytes(from, span[5..]);
        ": "u8.CopyTo(span[at..]);
        at += 2 + utf8.GetBytes(text, span[(at + 2)..]);
        span[at] = (byte)'\n';
        return bytes;
    }

    public static ChatMessageParse ParseMessage(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return Fail(MissingColon);
        }

        var text = line.AsSpan(colon + 1).Trim();
        if (text.IsEmpty)
        {
            return Fail(MissingText);
        }

        var names = line.AsSpan(0, colon);
        var recipients = new List<string>(names.Count(',') + 1);

        // Duplicates are dropped by a linear scan for the usual few names, by a set past that, so a
        // 100-name fan-out is not 5,000 string comparisons.
        HashSet<string>? seen = null;
        foreach (var range in names.Split(','))
        {
            var part = names[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            var name = part.ToString();
            if (seen is null ? recipients.Contains(name) : !seen.Add(name))
            {
                continue;
            }

            recipients.Add(name);
            if (seen is null && recipients.Count == 8)
            {
                seen = new HashSet<string>(recipients, StringComparer.Ordinal);
            }
        }

        return recipients.Count == 0 ? Fail(MissingRecipient) : new ChatMessageParse(recipients, text.ToString(), null);
    }

    private static ChatMessageParse Fail(string error) => new([], string.Empty, error);

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';
}
