namespace ActorChat.Hocon.Tests.Parsing;

/// <summary>hocon.md §5: HOCON's whitespace set differs from char.IsWhiteSpace.</summary>
public sealed class WhitespaceTests
{
    [Theory]
    [InlineData("\uFEFFa\u00A0=\u00A01")]
    [InlineData("a\u001C=\u001D1\u001E\u001F")]
    [InlineData("a\u2007=\u202F1")]
    [InlineData("a\t=\v1\f\r")]
    [InlineData("a\u2028=\u20291")]
    [InlineData("a\u3000=\u00851", false)]
    public void Parse_UnicodeWhitespace_SeparatesTokens(string hocon, bool plain = true)
    {
        var config = ConfigurationFactory.ParseString(hocon);
        if (plain)
        {
            Assert.Equal(1, config.GetInt("a"));
        }
        else
        {
            // U+0085 is not HOCON whitespace: it stays part of the unquoted value.
            Assert.Equal("\u00851", config.GetString("a"));
        }
    }

    [Fact]
    public void Parse_BomInsideQuotes_IsKept() =>
        Assert.Equal("x\uFEFFy", ConfigurationFactory.ParseString("a = \"x\uFEFFy\"").GetString("a"));

    [Fact]
    public void Parse_CarriageReturnLineFeed_SeparatesFields() =>
        HoconAssert.ParsesTo("a = 1\r\nb = 2\r\n", """{"a":1,"b":2}""");

    [Fact]
    public void Parse_CarriageReturnAlone_DoesNotSeparateFields() =>
        Assert.Contains("expected ',' or a line break", HoconAssert.ParseFails("a = 1\rb = 2").Message);

    [Fact]
    public void Parse_UnquotedKeyWithSpaces_KeepsInnerSpaces() =>
        HoconAssert.ParsesTo("a b  c : 1", """{"a b  c":1}""");
}
