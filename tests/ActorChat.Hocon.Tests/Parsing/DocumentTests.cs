namespace ActorChat.Hocon.Tests.Parsing;

/// <summary>hocon.md §1: root braces, balance, root must be an object, nothing after the root.</summary>
public sealed class DocumentTests
{
    [Theory]
    [InlineData("a = 1", """{"a":1}""")]
    [InlineData("{ a = 1 }", """{"a":1}""")]
    [InlineData("\n\n  { a = 1 }  \n\n", """{"a":1}""")]
    [InlineData("{\"a\": {\"b\": [1, 2.5, \"x\", true, null]}}", """{"a":{"b":[1,2.5,"x",true,null]}}""")]
    [InlineData("{}", "{}")]
    [InlineData("", "{}")]
    [InlineData("// nothing\n# at all\n", "{}")]
    public void Parse_Root_GivesObject(string hocon, string json) => HoconAssert.ParsesTo(hocon, json);

    [Theory]
    [InlineData("a = 1\n}", "2:1", "unexpected '}'")]
    [InlineData("[1, 2]", "1:1", "root of a config must be an object")]
    [InlineData("{}x", "1:3", "after the root object")]
    [InlineData("{}{}", "1:3", "after the root object")]
    [InlineData("{ a = 1", "1:8", "expected '}' to close the object opened at 1:1")]
    [InlineData("a { b { c = 1 }\n", "2:1", "expected '}' to close the object opened at 1:3")]
    public void Parse_BadRoot_ThrowsWithLocation(string hocon, string lineColumn, string expected)
    {
        var e = HoconAssert.ParseFails(hocon);
        Assert.Contains(expected, e.Message);
        Assert.Equal(lineColumn, $"{e.Line}:{e.Column}");
    }

    [Fact]
    public void Parse_StrayCloseBraceAfterField_ReportsItsLine()
    {
        var e = HoconAssert.ParseFails("a = 1\n}");
        Assert.Equal(2, e.Line);
        Assert.Equal(1, e.Column);
        Assert.Equal("<string>", e.File);
    }
}
