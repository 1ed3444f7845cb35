using System.Text;

namespace ActorChat.Hocon.Parsing;

/// <summary>
/// Builds a path from key tokens (hocon.md §6): unquoted text splits on '.', quoted text is literal,
/// whitespace between pieces is kept, an empty element must be quoted.
/// </summary>
internal static class PathParser
{
    public static bool IsKeyToken(TokenKind kind) =>
        kind is TokenKind.Unquoted or TokenKind.QuotedString or TokenKind.Whitespace;

    /// <summary>Parses a whole string as a path expression, e.g. a getter argument.</summary>
    public static HoconPath ParseExpression(string text, string source)
    {
        var tokens = Tokenizer.Tokenize(text, source);
        var end = 0;
        while (IsKeyToken(tokens[end].Kind))
        {
            end++;
        }

        if (tokens[end].Kind != TokenKind.End)
        {
            var bad = tokens[end];
            throw new HoconParseException(
                new SourceLocation(source, bad.Line, bad.Column),
                $"invalid path expression '{text}': unexpected {bad.Describe()}");
        }

        return Build(tokens, 0, end, source);
    }

    /// <summary>Builds the path from tokens [start, end), which must all be key tokens.</summary>
    public static HoconPath Build(List<Token> tokens, int start, int end, string source)
    {
        // Whitespace before the first and after the last piece is not part of the key.
        while (start < end && tokens[start].Kind == TokenKind.Whitespace)
        {
            start++;
        }

        while (end > start && tokens[end - 1].Kind == TokenKind.Whitespace)
        {
            end--;
        }

        if (start == end)
        {
            var at = tokens[Math.Min(start, tokens.Count - 1)];
            throw new HoconParseException(new SourceLocation(source, at.Line, at.Column), "expected a key or path, found nothing");
        }

        // The common case, a single plain word, needs no splitting.
        if (end - start == 1 && tokens[start] is { Kind: TokenKind.Unquoted } single && !single.Text.Contains('.', StringComparison.Ordinal))
        {
            return new HoconPath([single.Text]);
        }

        var segments = new List<string>();
        var current = new StringBuilder();
        var hasContent = false;
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Unquoted)
            {
                current.Append(token.Text);
                hasContent |= token.Kind == TokenKind.QuotedString || token.Text.Length > 0;
                continue;
            }

            var parts = token.Text.Split('.');
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    Finish(segments, current, hasContent, token, source);
                    hasContent = false;
                }

                current.Append(parts[p]);
                hasContent |= parts[p].Length > 0;
            }
        }

        Finish(segments, current, hasContent, tokens[end - 1], source);
        return new HoconPath([.. segments]);
    }

    private static void Finish(List<string> segments, StringBuilder current, bool hasContent, Token at, string source)
    {
        if (!hasContent)
        {
            throw new HoconParseException(
                new SourceLocation(source, at.Line, at.Column),
                "empty path element: write '\"\"' for an empty key, and do not start or end a path with '.' or use '..'");
        }

        segments.Add(current.ToString());
        current.Clear();
    }
}
