using ActorChat.Hocon.Syntax;

namespace ActorChat.Hocon.Parsing;

/// <summary>
/// Recursive-descent parser from tokens to the unresolved tree (<see cref="ObjectNode"/>). It decides syntax
/// only; merging, substitutions and concatenations involving substitutions are left to the resolver.
/// Split by concern: this file holds the document and object rules, <c>Parser.Values.cs</c> values and
/// arrays, <c>Parser.Include.cs</c> the include directive.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Nesting limit, so hostile input fails with a parse error instead of overflowing the stack.</summary>
    private const int MaxDepth = 256;

    private readonly List<Token> _tokens;
    private readonly string _source;
    private readonly ParseContext _context;
    private int _pos;
    private int _depth;

    private Parser(List<Token> tokens, string source, ParseContext context)
    {
        _tokens = tokens;
        _source = source;
        _context = context;
    }

    /// <summary>Parses a whole document; its root must be an object, braces optional (hocon.md §1).</summary>
    public static ObjectNode Parse(string text, string source, ParseContext context)
    {
        var parser = new Parser(Tokenizer.Tokenize(text, source), source, context);
        return parser.ParseDocument();
    }

    private Token Peek => _tokens[_pos];

    private Token Next() => _tokens[_pos++];

    private SourceLocation Loc(Token token) => new(_source, token.Line, token.Column);

    private HoconParseException Error(Token at, string reason) => new(Loc(at), reason);

    private void SkipWhitespace()
    {
        while (Peek.Kind == TokenKind.Whitespace)
        {
            _pos++;
        }
    }

    private void SkipBlank()
    {
        while (Peek.Kind is TokenKind.Whitespace or TokenKind.Newline)
        {
            _pos++;
        }
    }

    private ObjectNode ParseDocument()
    {
        SkipBlank();
        var first = Peek;
        if (first.Kind == TokenKind.OpenBracket)
        {
            throw Error(first, "the root of a config must be an object, not an array");
        }

        ObjectNode root;
        if (first.Kind == TokenKind.OpenBrace)
        {
            Next();
            root = ParseObjectBody(HoconPath.Root, first);
        }
        else
        {
            root = ParseObjectBody(HoconPath.Root, null);
        }

        SkipBlank();
        if (Peek.Kind != TokenKind.End)
        {
            throw Error(Peek, $"unexpected {Peek.Describe()} after the root object; expected the end of the input");
        }

        return root;
    }

    /// <summary>
    /// Fields up to the closing brace (or the end of the input for a brace-less root). Fields are separated
    /// by a comma, line breaks, or both; one trailing comma is allowed (hocon.md §4).
    /// </summary>
    /// <param name="path">The object's path from the document root; null inside arrays, where it has none.</param>
    /// <param name="open">The opening brace, or null for a brace-less root.</param>
    private ObjectNode ParseObjectBody(HoconPath? path, Token? open)
    {
        EnterNesting(open);
        var obj = new ObjectNode(open is { } o ? Loc(o) : Loc(Peek));
        SkipBlank();
        while (true)
        {
            var t = Peek;
            switch (t.Kind)
            {
                case TokenKind.CloseBrace when open is null:
                    throw Error(t, "unexpected '}' with no matching '{'");
                case TokenKind.CloseBrace:
                    Next();
                    _depth--;
                    return obj;
                case TokenKind.End when open is null:
                    _depth--;
                    return obj;
                case TokenKind.End:
                    throw Error(t, $"expected '}}' to close the object opened at {open.Value.Line}:{open.Value.Column}");
                case TokenKind.Comma:
                    throw Error(t, "unexpected ','; expected a key (a comma may only follow a field)");
            }

            ParseField(obj, path);

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

            if (!separated && Peek.Kind is not (TokenKind.CloseBrace or TokenKind.End))
            {
                throw Error(Peek, $"expected ',' or a line break after the field, found {Peek.Describe()}");
            }
        }
    }

    private void EnterNesting(Token? open)
    {
        if (++_depth > MaxDepth)
        {
            throw Error(open ?? Peek, $"objects and arrays are nested more than {MaxDepth} deep");
        }
    }

    private void ParseField(ObjectNode obj, HoconPath? objectPath)
    {
        var first = Peek;
        if (IsIncludeDirective())
        {
            ParseInclude(obj, objectPath);
            return;
        }

        var start = _pos;
        while (PathParser.IsKeyToken(Peek.Kind))
        {
            _pos++;
        }

        if (start == _pos)
        {
            throw Error(first, $"expected a key, found {first.Describe()}");
        }

        var key = PathParser.Build(_tokens, start, _pos, _source);
        var fieldPath = objectPath?.Concat(key);

        // Line breaks (and so comments) may sit between a key and its separator, as in lightbend; the key
        // itself cannot span lines, because a line break ends the key tokens above.
        SkipBlank();
        var t = Peek;
        Node value;
        switch (t.Kind)
        {
            case TokenKind.Separator:
                Next();
                SkipBlank();
                value = ParseValue(fieldPath, t);
                break;
            case TokenKind.PlusEquals:
                Next();
                SkipBlank();
                value = ParseAppend(fieldPath, t);
                break;
            case TokenKind.OpenBrace:
                value = ParseValue(fieldPath, t);
                break;
            case TokenKind.SubstitutionStart:
                throw Error(t, "substitutions are not allowed in keys");
            default:
                throw Error(t, $"expected ':', '=' or '{{' after the key '{key}', found {t.Describe()}");
        }

        obj.AddPath(key, value, Loc(first));
    }

    /// <summary><c>k += v</c> is <c>k = ${?k} [v]</c>, with the key's full path (hocon.md §16).</summary>
    private ConcatNode ParseAppend(HoconPath? fieldPath, Token plusEquals)
    {
        if (fieldPath is null)
        {
            throw Error(plusEquals, "'+=' is not supported in objects inside arrays, because the key has no path");
        }

        var element = ParseValue(null, plusEquals);
        _context.Stats.Substitutions++;
        var self = new SubstitutionNode(fieldPath, optional: true, _context.IncludePrefix, Loc(plusEquals), useEnvironment: false);
        return new ConcatNode([self, new ArrayNode([element], Loc(plusEquals))], Loc(plusEquals));
    }
}
