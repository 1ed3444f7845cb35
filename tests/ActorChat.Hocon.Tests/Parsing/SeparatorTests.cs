namespace ActorChat.Hocon.Tests.Parsing;

/// <summary>hocon.md §3 (key/value separators) and §4 (commas and newlines).</summary>
public sealed class SeparatorTests
{
    [Theory]
    [InlineData("a : 1\nb = 2\nc { d = 3 }", """{"a":1,"b":2,"c":{"d":3}}""")]
    [InlineData("a =\n\n 1", """{"a":1}""")]
    [InlineData("a :\n{ b = 1 }", """{"a":{"b":1}}""")]
    [InlineData("a = 1, b = 2", """{"a":1,"b":2}""")]
    [InlineData("a = 1,\nb = 2,", """{"a":1,"b":2}""")]
    [InlineData("a = 1\n,b = 2", """{"a":1,"b":2}""")]
    [InlineData("{ a = 1, }", """{"a":1}""")]
    [InlineData("x = [1\n2\n3,]", """{"x":[1,2,3]}""")]
    [InlineData("x = [1,\n2,\n]", """{"x":[1,2]}""")]
    [InlineData("x = [\n]", """{"x":[]}""")]
    [InlineData("x = []", """{"x":[]}""")]
    public void Parse_Separators_Accepted(string hocon, string json) => HoconAssert.ParsesTo(hocon, json);

    [Theory]
    [InlineData("foo \n bar : 1", "expected ':', '=' or '{' after the key 'foo'")]
    [InlineData("a =", "expected a value after '='")]
    [InlineData("a:", "expected a value after ':'")]
    [InlineData("{ a= }", "expected a value after '='")]
    [InlineData("a = 1,,b = 2", "unexpected ','")]
    [InlineData(", a = 1", "unexpected ','")]
    [InlineData("{ a = 1,, }", "unexpected ','")]
    [InlineData("x = [,]", "unexpected ','")]
    [InlineData("x = [1,,2]", "unexpected ','")]
    [InlineData("x = [,1]", "unexpected ','")]
    [InlineData("x = [1,2,,]", "unexpected ','")]
    [InlineData("a = 1 b = 2", "expected ',' or a line break after the field")]
    [InlineData("x = [1 2, 3 = 4]", "expected ',' or a line break between array elements")]
    [InlineData("x = [1, 2", "expected ']' to close the array opened at 1:5")]
    [InlineData("a = 1 = 2", "expected ',' or a line break after the field, found '='")]
    [InlineData("a b", "expected ':', '=' or '{' after the key '\"a b\"'")]
    [InlineData("= 1", "expected a key")]
    public void Parse_BadSeparators_ThrowSayingWhatWasExpected(string hocon, string expected) =>
        Assert.Contains(expected, HoconAssert.ParseFails(hocon).Message);
}
