namespace ActorChat.Hocon.Tests.Parsing;

/// <summary>hocon.md §6.</summary>
public sealed class PathKeyTests
{
    [Theory]
    [InlineData("akka.actor.provider = cluster", """{"akka":{"actor":{"provider":"cluster"}}}""")]
    [InlineData("\"a.b\" = 1", """{"a.b":1}""")]
    [InlineData("x.\"y.z\" = 1", """{"x":{"y.z":1}}""")]
    [InlineData("true : 1", """{"true":1}""")]
    [InlineData("null : 1", """{"null":1}""")]
    [InlineData("3.14 : 1", """{"3":{"14":1}}""")]
    [InlineData("3 : 1", """{"3":1}""")]
    [InlineData("a.\"\".b = 1", """{"a":{"":{"b":1}}}""")]
    [InlineData("\"\" = 1", """{"":1}""")]
    [InlineData("a.b = 1\na { c = 2 }\na.b = 3", """{"a":{"b":3,"c":2}}""")]
    [InlineData("/user/a = 1", """{"/user/a":1}""")]
    [InlineData("\"/user/a\".router = rr", """{"/user/a":{"router":"rr"}}""")]
    [InlineData("a\"b\".c = 1", """{"ab":{"c":1}}""")]
    [InlineData("include = 1", """{"include":1}""")]
    [InlineData("\"include\" \"x\" = 1", """{"include x":1}""")]
    [InlineData("x = include", """{"x":"include"}""")]
    [InlineData("foo include = 1", """{"foo include":1}""")]
    public void Parse_PathKey_ExpandsToNestedObjects(string hocon, string json) => HoconAssert.ParsesTo(hocon, json);

    [Theory]
    [InlineData("a..b = 1")]
    [InlineData(".a = 1")]
    [InlineData("a. = 1")]
    [InlineData("${a} = 1")]
    [InlineData("a${b} = 1")]
    public void Parse_BadPathKey_Throws(string hocon) => HoconAssert.ParseFails(hocon);

    [Fact]
    public void Parse_EmptyPathElement_SaysToQuote() =>
        Assert.Contains("empty path element", HoconAssert.ParseFails("a..b = 1").Message);

    [Fact]
    public void GetterPath_BadSyntax_ThrowsParseErrorNamingPath()
    {
        var config = ConfigurationFactory.ParseString("a = 1");
        Assert.Throws<HoconParseException>(() => config.GetString("a..b"));
        var e = Assert.Throws<HoconParseException>(() => config.GetString("a[0]"));
        Assert.Equal("<path>", e.File);
    }
}
