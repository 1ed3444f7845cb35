namespace ActorChat.Hocon.Parsing;

internal enum TokenKind
{
    OpenBrace,
    CloseBrace,
    OpenBracket,
    CloseBracket,
    Comma,

    /// <summary><c>=</c> or <c>:</c>; the grammar does not tell them apart.</summary>
    Separator,
    PlusEquals,

    /// <summary>A line feed; only LF separates fields (CR is plain whitespace).</summary>
    Newline,

    /// <summary>A run of non-newline whitespace, kept because value concatenation preserves it.</summary>
    Whitespace,
    QuotedString,
    Unquoted,

    /// <summary><c>${</c> or <c>${?</c>; the path tokens and a <see cref="CloseBrace"/> follow.</summary>
    SubstitutionStart,
    End,
}
