namespace ActorChat.Hocon.Tests.Parsing;

/// <summary>hocon.md §2.</summary>
public sealed class CommentTests
{
    [Theory]
    [InlineData("a = 1 # note\nb = \"x // y\"", """{"a":1,"b":"x // y"}""")]
    [InlineData("a = 1 // note\nb = 2", """{"a":1,"b":2}""")]
    [InlineData("a # between key and separator\n= 1", """{"a":1}""")]
    [InlineData("a = [1 # inside\n2 // array\n]", """{"a":[1,2]}""")]
    [InlineData("a = \"# not a comment\"", """{"a":"# not a comment"}""")]
    [InlineData("p = /user/a//comment", """{"p":"/user/a"}""")]
    [InlineData("# only\n// comments\na { # here\n b = 1 // there\n}", """{"a":{"b":1}}""")]
    public void Parse_Comment_IsIgnoredOutsideQuotes(string hocon, string json) => HoconAssert.ParsesTo(hocon, json);

    [Fact]
    public void Parse_CommentInsideKeyLine_EndsTheKey() =>
        Assert.Contains("after the key 'foo'", HoconAssert.ParseFails("foo # c\nbar = 1").Message);
}
