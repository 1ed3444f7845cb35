namespace ActorChat.LoadGen.Report;

/// <summary>
/// Replaces the generated part of bench/README.md: the text between <see cref="Begin"/> and
/// <see cref="End"/>. Everything outside the markers is hand-written and kept as it is; a README
/// without markers gets a new section at its end.
/// </summary>
internal static class ReadmeSection
{
    public const string Begin = "<!-- peers:begin -->";
    public const string End = "<!-- peers:end -->";
    public const string Heading = "## Chat server: ActorChat vs ngircd";

    public static (string? Text, string? Error) Replace(string readme, string generated)
    {
        var body = generated.Trim('\n');
        var begin = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 && end < 0)
        {
            return ($"{readme.TrimEnd('\n')}\n\n{Heading}\n\n{Begin}\n{body}\n{End}\n", null);
        }

        if (begin < 0 || end < begin || readme.IndexOf(Begin, begin + Begin.Length, StringComparison.Ordinal) >= 0)
        {
            return (null, $"the README must hold exactly one {Begin} followed by one {End}");
        }

        return (readme[..(begin + Begin.Length)] + "\n" + body + "\n" + readme[end..], null);
    }
}
