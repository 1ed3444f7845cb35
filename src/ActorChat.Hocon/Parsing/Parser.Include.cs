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
            || (after.Kind == TokenKind.Unquoted && after.Text.EndsWith('(') && IsIncludeWrapper(after.Text.Split('(')[0]));
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
        var t = Next();
        var required = false;
        var kind = IncludeKind.Plain;
        Token name;
        if (t.Kind == TokenKind.QuotedString)
        {
            name = t;
        }
        else
        {
            var words = t.Text.Split('(')[..^1];
            foreach (var word in words)
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
            }

            SkipWhitespace();
            name = Next();
            if (name.Kind != TokenKind.QuotedString)
            {
                throw Error(name, $"expected a quoted file name inside the include, found {name.Describe()}");
            }

            ReadClosingParens(words.Length, t);
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
