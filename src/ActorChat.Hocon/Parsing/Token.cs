namespace ActorChat.Hocon.Parsing;

/// <summary>
/// One token. <see cref="Text"/> is the decoded value for quoted strings and the source text otherwise;
/// for <see cref="TokenKind.SubstitutionStart"/> it is "?" when the substitution is optional.
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Line, int Column)
{
    public string Describe() => Kind switch
    {
        TokenKind.OpenBrace => "'{'",
        TokenKind.CloseBrace => "'}'",
        TokenKind.OpenBracket => "'['",
        TokenKind.CloseBracket => "']'",
        TokenKind.Comma => "','",
        TokenKind.Separator => $"'{Text}'",
        TokenKind.PlusEquals => "'+='",
        TokenKind.Newline => "a line break",
        TokenKind.Whitespace => "whitespace",
        TokenKind.QuotedString => "a quoted string",
        TokenKind.Unquoted => $"'{Text}'",
        TokenKind.SubstitutionStart => "a substitution",
        TokenKind.End => "the end of the input",
        _ => Kind.ToString(),
    };
}
