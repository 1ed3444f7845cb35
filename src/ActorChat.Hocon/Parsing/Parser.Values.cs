using ActorChat.Hocon.Model;
using ActorChat.Hocon.Syntax;

namespace ActorChat.Hocon.Parsing;

internal sealed partial class Parser
{
    /// <summary>
    /// A value: one or more simple values, objects or arrays on one line, joined by concatenation
    /// (hocon.md §20). Stops at a line break, ',', a closing bracket or anything that cannot start a value.
    /// </summary>
    /// <param name="path">The field's path, so objects inside know where they are; null inside arrays.</param>
    /// <param name="after">The token before the value, for the "expected a value" message.</param>
    private Node ParseValue(HoconPath? path, Token after)
    {
        // Most values are a single part; the list is only allocated for a real concatenation.
        Node? first = null;
        List<Node>? parts = null;
        var start = Loc(Peek);
        Token? pendingSpace = null;
        var hasSubstitution = false;
        while (true)
        {
            var t = Peek;
            Node part;
            switch (t.Kind)
            {
                case TokenKind.Whitespace:
                    Next();
                    pendingSpace = first is not null ? t : null;
                    continue;
                case TokenKind.OpenBrace:
                    Next();
                    part = ParseObjectBody(path, t);
                    break;
                case TokenKind.OpenBracket:
                    part = ParseArray();
                    break;
                case TokenKind.QuotedString:
                    Next();
                    part = ConfigScalar.String(t.Text, Loc(t));
                    break;
                case TokenKind.Unquoted:
                    Next();
                    part = Literal(t);
                    break;
                case TokenKind.SubstitutionStart:
                    part = ParseSubstitution();
                    hasSubstitution = true;
                    break;
                default:
                    return first is null
                        ? throw Error(t, $"expected a value after {after.Describe()}, found {t.Describe()}")
                        : parts is null ? first : Concatenate(parts, hasSubstitution, start);
            }

            if (first is null)
            {
                first = part;
                continue;
            }

            parts ??= [first];
            if (pendingSpace is { } space)
            {
                parts.Add(new WhitespaceNode(space.Text, Loc(space)));
                pendingSpace = null;
            }

            parts.Add(part);
        }
    }

    /// <summary>true, false and null are typed only as whole tokens; a valid JSON number is a number.</summary>
    private ConfigScalar Literal(Token t)
    {
        var location = Loc(t);
        return t.Text switch
        {
            "true" => ConfigScalar.Boolean(true, location),
            "false" => ConfigScalar.Boolean(false, location),
            "null" => ConfigScalar.NullAt(location),
            _ when NumberSyntax.IsNumber(t.Text) => ConfigScalar.Number(t.Text, location),
            _ => ConfigScalar.String(t.Text, location),
        };
    }

    private ArrayNode ParseArray()
    {
        var open = Next();
        EnterNesting(open);
        var elements = new List<Node>();
        SkipBlank();
        while (true)
        {
            var t = Peek;
            switch (t.Kind)
            {
                case TokenKind.CloseBracket:
                    Next();
                    _depth--;
                    return new ArrayNode(elements, Loc(open));
                case TokenKind.End:
                    throw Error(t, $"expected ']' to close the array opened at {open.Line}:{open.Column}");
                case TokenKind.Comma:
                    throw Error(t, "unexpected ','; expected an array element (a comma may only follow an element)");
            }

            elements.Add(ParseValue(null, elements.Count == 0 ? open : _tokens[_pos - 1]));

            SkipWhitespace();
            var separated = false;
            if (Peek.Kind == TokenKind.Newline)
            {
                SkipBlank();
                separated = true;
            }

            if (Peek.Kind == TokenKind.Comma)
            {
                Next();
                SkipBlank();
                separated = true;
            }

            if (!separated && Peek.Kind is not (TokenKind.CloseBracket or TokenKind.End))
            {
                throw Error(Peek, $"expected ',' or a line break between array elements, found {Peek.Describe()}");
            }
        }
    }

    private SubstitutionNode ParseSubstitution()
    {
        var open = Next();
        var start = _pos;
        while (PathParser.IsKeyToken(Peek.Kind))
        {
            _pos++;
        }

        var t = Peek;
        if (t.Kind != TokenKind.CloseBrace)
        {
            throw t.Kind == TokenKind.SubstitutionStart
                ? Error(t, "substitutions cannot be nested")
                : Error(t, $"expected '}}' to close the substitution opened at {open.Line}:{open.Column}, found {t.Describe()}");
        }

        var path = PathParser.Build(_tokens, start, _pos, _source);
        Next();
        _context.Stats.Substitutions++;
        return new SubstitutionNode(path, open.Text == "?", _context.IncludePrefix, Loc(open));
    }

    /// <summary>
    /// Joins values written side by side. Without substitutions the result is known now: merged objects,
    /// joined arrays, or one string. With substitutions it waits for the resolver.
    /// </summary>
    private static Node Concatenate(List<Node> parts, bool hasSubstitution, SourceLocation location)
    {
        if (hasSubstitution)
        {
            return new ConcatNode(parts, location);
        }

        Node? firstComplex = null;
        ConfigScalar? firstScalar = null;
        var allObjects = true;
        var allArrays = true;
        foreach (var part in parts)
        {
            switch (part)
            {
                case ObjectNode:
                    allArrays = false;
                    firstComplex ??= part;
                    break;
                case ArrayNode:
                    allObjects = false;
                    firstComplex ??= part;
                    break;
                case ConfigScalar s:
                    allObjects = allArrays = false;
                    firstScalar ??= s;
                    break;
            }
        }

        if (firstComplex is null)
        {
            return ConfigScalar.String(JoinText(parts), location);
        }

        if (firstScalar is not null)
        {
            var complex = firstComplex is ObjectNode ? "an object" : "a list";
            var at = firstScalar.Location ?? location;
            throw new HoconParseException(
                at,
                $"cannot concatenate {complex} with the {firstScalar.TypeName} '{firstScalar.Text}'; quote the string or put it on its own line");
        }

        if (allObjects)
        {
            var merged = new ObjectNode(location);
            foreach (var part in parts)
            {
                if (part is ObjectNode o)
                {
                    merged.MergeFrom(o);
                }
            }

            return merged;
        }

        if (allArrays)
        {
            var elements = new List<Node>();
            foreach (var part in parts)
            {
                if (part is ArrayNode a)
                {
                    elements.AddRange(a.Elements);
                }
            }

            return new ArrayNode(elements, location);
        }

        // Lists next to objects: only numerically keyed objects can join a list, decided at resolve time.
        return new ConcatNode(parts, location);
    }

    private static string JoinText(List<Node> parts)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            sb.Append(part switch
            {
                WhitespaceNode w => w.Text,
                ConfigScalar s => s.Text,
                _ => "",
            });
        }

        return sb.ToString();
    }
}
