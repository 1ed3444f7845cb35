using ActorChat.Hocon.Syntax;

namespace ActorChat.Hocon.Parsing;

internal sealed partial class Parser
{
    /// <summary>
    /// <c>include</c> is a keyword only as the first token of a field and only when a quoted name or one of
    /// <c>required(</c>, <c>file(</c>, <c>url(</c>, <c>classpath(</c> follows; <c>include = 1</c> is a key.
    /// </summary>
    private bool IsIncludeDirective()
    {
        if (Peek.Kind != TokenKind.Unquoted || Peek.Text != "include" || _tokens[_pos + 1].Kind != TokenKind.Whitespace)
        {
            return false;
        }

        var after = _tokens[_pos + 2];
        return after.Kind == TokenKind.QuotedString
            || (after.Kind == TokenKind.Unquoted && after.Text.Contains('(', StringComparison.Ordinal)
                && IsIncludeWrapper(after.Text.Split('(')[0]));
    }

    private static bool IsIncludeWrapper(string word) => word is "required" or "file" or "url" or "classpath";

    /// <summary>
    /// <c>include "f"</c>, <c>include required("f")</c>, <c>include file("f")</c>,
    /// <c>include required(file("f"))</c>. The included object's fields merge here, as if written here.
    /// </summary>
    private void ParseInclude(ObjectNode obj, HoconPath? objectPath)
    {
        var keyword = Next();
        SkipWhitespace();
        var required = false;
        var kind = IncludeKind.Plain;
        var wrappers = 0;
        Token? open = null;

        // Wrappers may come in one token ("required(file(") or several ("required( file(").
        while (Peek.Kind == TokenKind.Unquoted)
        {
            var t = Next();
            open ??= t;
            var parts = t.Text.Split('(');
            if (parts[^1].Length > 0)
            {
                throw Error(t, $"expected a quoted file name inside the include, found '{t.Text}'");
            }

            foreach (var word in parts[..^1])
            {
                switch (word)
                {
                    case "required" when !required && kind == IncludeKind.Plain:
                        required = true;
                        break;
                    case "file" when kind == IncludeKind.Plain:
                        kind = IncludeKind.File;
                        break;
                    case "classpath" when kind == IncludeKind.Plain:
                        kind = IncludeKind.Classpath;
                        break;
                    case "url" when kind == IncludeKind.Plain:
                        kind = IncludeKind.Url;
                        break;
                    default:
                        throw Error(t, $"unexpected '{word}(' in include; expected required(...), file(...), url(...) or classpath(...)");
                }

                wrappers++;
            }

            SkipWhitespace();
        }

        var name = Next();
        if (name.Kind != TokenKind.QuotedString)
        {
            throw Error(name, $"expected a quoted file name after 'include', found {name.Describe()}");
        }

        if (open is { } first)
        {
            ReadClosingParens(wrappers, first);
        }

        if (kind == IncludeKind.Url)
        {
            throw Error(keyword, "include url(...) is not supported; include files by name or with file(...)");
        }

        var prefix = _context.IncludePrefix.Concat(objectPath ?? HoconPath.Root);
        var included = IncludeLoader.Load(_context, name.Text, kind, required, Loc(name), prefix);
        if (included is not null)
        {
            obj.MergeFrom(included);
        }
    }

    private void ReadClosingParens(int count, Token open)
    {
        var closed = 0;
        while (closed < count)
        {
            SkipWhitespace();
            var t = Peek;
            if (t.Kind != TokenKind.Unquoted || t.Text.Any(c => c != ')'))
            {
                throw Error(t, $"expected ')' to close the include opened at {open.Line}:{open.Column}, found {t.Describe()}");
            }

            closed += t.Text.Length;
            Next();
        }

        if (closed != count)
        {
            throw Error(_tokens[_pos - 1], "too many ')' in include");
        }
    }
}
