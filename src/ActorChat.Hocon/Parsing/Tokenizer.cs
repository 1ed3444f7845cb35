using System.Globalization;
using System.Text;

namespace ActorChat.Hocon.Parsing;

/// <summary>
/// Splits HOCON text into tokens in one pass. Comments are dropped here (the line feed after them stays),
/// whitespace runs are kept because value concatenation preserves the spaces between values.
/// </summary>
internal sealed class Tokenizer
{
    private readonly string _text;
    private readonly string _source;
    private readonly List<Token> _tokens;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    // Most whitespace runs are a few spaces of indentation; reuse those strings instead of allocating.
    private static readonly string[] Spaces = [.. Enumerable.Range(0, 17).Select(n => new string(' ', n))];

    private Tokenizer(string text, string source)
    {
        _text = text;
        _source = source;
        _tokens = new List<Token>(text.Length / 4 + 4);
    }

    public static List<Token> Tokenize(string text, string source)
    {
        var tokenizer = new Tokenizer(text, source);
        tokenizer.Run();
        return tokenizer._tokens;
    }

    private int Column => _pos - _lineStart + 1;

    private void Run()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            switch (c)
            {
                case '\n':
                    Add(TokenKind.Newline, "\n", 1);
                    _line++;
                    _lineStart = _pos;
                    break;
                case '{': Add(TokenKind.OpenBrace, "{", 1); break;
                case '}': Add(TokenKind.CloseBrace, "}", 1); break;
                case '[': Add(TokenKind.OpenBracket, "[", 1); break;
                case ']': Add(TokenKind.CloseBracket, "]", 1); break;
                case ',': Add(TokenKind.Comma, ",", 1); break;
                case ':' or '=': Add(TokenKind.Separator, c.ToString(), 1); break;
                case '#': SkipComment(); break;
                case '"': ReadQuoted(); break;
                case '+': ReadPlusEquals(); break;
                case '$': ReadSubstitutionStart(); break;
                case '/' when Peek(1) == '/': SkipComment(); break;
                default:
                    if (HoconChars.IsWhitespace(c))
                    {
                        ReadWhitespace();
                    }
                    else if (HoconChars.IsForbiddenInUnquoted(c))
                    {
                        throw Error(Column, $"unexpected character '{c}'; a string containing it must be quoted");
                    }
                    else
                    {
                        ReadUnquoted();
                    }

                    break;
            }
        }

        _tokens.Add(new Token(TokenKind.End, "", _line, Column));
    }

    private char Peek(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private void Add(TokenKind kind, string text, int length)
    {
        _tokens.Add(new Token(kind, text, _line, Column));
        _pos += length;
    }

    private HoconParseException Error(int column, string reason) =>
        new(new SourceLocation(_source, _line, column), reason);

    private void SkipComment()
    {
        while (_pos < _text.Length && _text[_pos] != '\n')
        {
            _pos++;
        }
    }

    private void ReadWhitespace()
    {
        var start = _pos;
        while (_pos < _text.Length && _text[_pos] != '\n' && HoconChars.IsWhitespace(_text[_pos]))
        {
            _pos++;
        }

        var length = _pos - start;
        var text = length < Spaces.Length && IsSpaces(start, length) ? Spaces[length] : _text[start.._pos];
        _tokens.Add(new Token(TokenKind.Whitespace, text, _line, start - _lineStart + 1));
    }

    private bool IsSpaces(int start, int length) => _text.AsSpan(start, length).IndexOfAnyExcept(' ') < 0;

    private void ReadUnquoted()
    {
        var start = _pos;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (HoconChars.IsWhitespace(c) || HoconChars.IsForbiddenInUnquoted(c) || (c == '/' && Peek(1) == '/'))
            {
                break;
            }

            _pos++;
        }

        _tokens.Add(new Token(TokenKind.Unquoted, _text[start.._pos], _line, start - _lineStart + 1));
    }

    private void ReadPlusEquals()
    {
        if (Peek(1) != '=')
        {
            throw Error(Column, "unexpected character '+'; only '+=' is allowed, a string containing '+' must be quoted");
        }

        Add(TokenKind.PlusEquals, "+=", 2);
    }

    private void ReadSubstitutionStart()
    {
        if (Peek(1) != '{')
        {
            throw Error(Column, "unexpected character '$'; a substitution is written '${path}', a string containing '$' must be quoted");
        }

        var optional = Peek(2) == '?';
        Add(TokenKind.SubstitutionStart, optional ? "?" : "", optional ? 3 : 2);
    }

    private void ReadQuoted()
    {
        if (Peek(1) == '"' && Peek(2) == '"')
        {
            ReadTripleQuoted();
            return;
        }

        var line = _line;
        var column = Column;
        var sb = new StringBuilder();
        _pos++;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new HoconParseException(new SourceLocation(_source, line, column), "unterminated quoted string: expected a closing '\"'");
            }

            var c = _text[_pos];
            if (c == '"')
            {
                _pos++;
                break;
            }

            if (c == '\\')
            {
                sb.Append(ReadEscape());
                continue;
            }

            if (c < ' ')
            {
                var what = c == '\n' ? "a line break" : $"control character U+{(int)c:X4}";
                throw Error(Column, $"{what} is not allowed inside a quoted string (use an escape, or close the string with '\"')");
            }

            sb.Append(c);
            _pos++;
        }

        _tokens.Add(new Token(TokenKind.QuotedString, sb.ToString(), line, column));
    }

    private char ReadEscape()
    {
        var column = Column;
        var e = Peek(1);
        _pos += 2;
        switch (e)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_pos + 4 <= _text.Length
                    && int.TryParse(_text.AsSpan(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    _pos += 4;
                    return (char)code;
                }

                throw Error(column, "expected four hex digits after '\\u'");
            default:
                throw Error(column, $"invalid escape '\\{e}'; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
        }
    }

    private void ReadTripleQuoted()
    {
        var line = _line;
        var column = Column;
        var start = _pos + 3;
        var end = _text.IndexOf("\"\"\"", start, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new HoconParseException(new SourceLocation(_source, line, column), "unterminated triple-quoted string: expected a closing '\"\"\"'");
        }

        // A run of more than three quotes ends at its last three: the extra quotes belong to the string.
        while (end + 3 < _text.Length && _text[end + 3] == '"')
        {
            end++;
        }

        var value = _text[start..end];
        for (var i = _pos; i < end + 3; i++)
        {
            if (_text[i] == '\n')
            {
                _line++;
                _lineStart = i + 1;
            }
        }

        _pos = end + 3;
        _tokens.Add(new Token(TokenKind.QuotedString, value, line, column));
    }
}
