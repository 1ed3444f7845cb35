namespace ActorChat.TestKit.EventFilter;

/// <summary>
/// The message criteria of a filter (ordinal): <c>message</c> exact, <c>start</c> a prefix,
/// <c>contains</c> a substring. Every criterion given must hold; none given matches anything.
/// </summary>
internal sealed record TextMatch(string? Message, string? Start, string? Contains)
{
    public bool IsMatch(string? text)
    {
        text ??= string.Empty;
        return (Message is null || string.Equals(text, Message, StringComparison.Ordinal))
            && (Start is null || text.StartsWith(Start, StringComparison.Ordinal))
            && (Contains is null || text.Contains(Contains, StringComparison.Ordinal));
    }

    public override string ToString()
    {
        var parts = new List<string>(3);
        if (Message is not null)
        {
            parts.Add($"message == \"{Message}\"");
        }

        if (Start is not null)
        {
            parts.Add($"message starts with \"{Start}\"");
        }

        if (Contains is not null)
        {
            parts.Add($"message contains \"{Contains}\"");
        }

        return string.Join(", ", parts);
    }
}
