namespace ActorChat.Hocon.Tests.Parsing;

/// <summary>hocon.md §8 (quoted), §9 (unquoted), §22 (triple-quoted).</summary>
public sealed class StringTests
{
    [Theory]
    [InlineData("a = \"x\\ty\\u0041\"", "x\tyA")]
    [InlineData("a = \"q\\\"b\\\\s\\/\\b\\f\\n\\r\"", "q\"b\\s/\b\f\n\r")]
    [InlineData("a = \"${x}\"", "${x}")]
    [InlineData("a = \"// not # comment\"", "// not # comment")]
    [InlineData("a = \"\"", "")]
    [InlineData("a = \"\"\"raw \\n ${x} \"q\" \"\"\"", "raw \\n ${x} \"q\" ")]
    [InlineData("a = \"\"\"line1\nline2\"\"\"", "line1\nline2")]
    [InlineData("a = \"\"\"x\"\"\"\"", "x\"")]
    [InlineData("a = \"\"\"x\"\"\"\"\"", "x\"\"")]
    [InlineData("a = \"\"\"\"\"\"", "")]
    [InlineData("a = hello-world_1.x/y", "hello-world_1.x/y")]
    [InlineData("a = 127.0.0.1", "127.0.0.1")]
    [InlineData("a = 1.0.2", "1.0.2")]
    [InlineData("a = -foo", "-foo")]
    [InlineData("a = 10.5.x", "10.5.x")]
    [InlineData("a = truex", "truex")]
    [InlineData("a = \"true\"", "true")]
    [InlineData("a = 1a", "1a")]
    [InlineData("a = 99999999999999999999", "99999999999999999999")]
    [InlineData("a = \"akka.tcp://sys@host:2552\"", "akka.tcp://sys@host:2552")]
    public void Parse_String_GivesText(string hocon, string expected)
    {
        var config = ConfigurationFactory.ParseString(hocon);
        Assert.Equal(expected, config.GetString("a"));
    }

    [Fact]
    public void Parse_QuotedTrue_IsStringNotBoolean() =>
        HoconAssert.ParsesTo("a = \"true\"\nb = true", """{"a":"true","b":true}""");

    [Fact]
    public void Parse_HugeInteger_FallsBackToString() =>
        HoconAssert.ParsesTo("a = 99999999999999999999", """{"a":"99999999999999999999"}""");

    [Theory]
    [InlineData("a = \"abc", "unterminated quoted string", "1:5")]
    [InlineData("a = \"ab\ncd\"", "a line break is not allowed inside a quoted string", "1:8")]
    [InlineData("a = \"a\u0001b\"", "control character U+0001", "1:7")]
    [InlineData("a = \"\\x\"", "invalid escape '\\x'", "1:6")]
    [InlineData("a = \"\\u12\"", "four hex digits", "1:6")]
    [InlineData("a = \"\"\"abc", "unterminated triple-quoted string", "1:5")]
    [InlineData("u = http://x", "expected ',' or a line break after the field, found ':'", "1:9")]
    [InlineData("a = b?c", "unexpected character '?'", "1:6")]
    [InlineData("a = b!c", "unexpected character '!'", "1:6")]
    [InlineData("a = x@y", "unexpected character '@'", "1:6")]
    [InlineData("a = x*y", "unexpected character '*'", "1:6")]
    [InlineData("a = x&y", "unexpected character '&'", "1:6")]
    [InlineData("a = x^y", "unexpected character '^'", "1:6")]
    [InlineData("a = x`y", "unexpected character '`'", "1:6")]
    [InlineData("a = x\\y", "unexpected character '\\'", "1:6")]
    [InlineData("a = $x", "unexpected character '$'", "1:5")]
    [InlineData("a = x+y", "unexpected character '+'", "1:6")]
    public void Parse_BadString_ThrowsWithLocation(string hocon, string expected, string at)
    {
        var e = HoconAssert.ParseFails(hocon);
        Assert.Contains(expected, e.Message);
        Assert.Equal(at, $"{e.Line}:{e.Column}");
        Assert.StartsWith($"<string>:{at}: ", e.Message);
    }
}
