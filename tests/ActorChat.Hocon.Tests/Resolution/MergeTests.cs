namespace ActorChat.Hocon.Tests.Resolution;

/// <summary>hocon.md §7: duplicate keys and object merging.</summary>
public sealed class MergeTests
{
    [Theory]
    [InlineData("s { a = 1, b = 1 }\ns { b = 2 }", """{"s":{"a":1,"b":2}}""")]
    [InlineData("f = {a=1}\nf = null\nf = {b=2}", """{"f":{"b":2}}""")]
    [InlineData("r = [1,2]\nr = [3]", """{"r":[3]}""")]
    [InlineData("a = 1\na = 2", """{"a":2}""")]
    [InlineData("a = {x = 1}\na = 2", """{"a":2}""")]
    [InlineData("a = 2\na = {x = 1}", """{"a":{"x":1}}""")]
    [InlineData("a {x = 1}\na = 42\na {y = 2}", """{"a":{"y":2}}""")]
    [InlineData("a { b { c = 1, d = 1 } }\na { b { d = 2 } }", """{"a":{"b":{"c":1,"d":2}}}""")]
    [InlineData("a.b.c = 1\na { b { d = 2 } }\na.b.c = 3", """{"a":{"b":{"c":3,"d":2}}}""")]
    [InlineData("a = null", """{"a":null}""")]
    public void Parse_DuplicateKeys_MergeObjectsLaterWins(string hocon, string json) => HoconAssert.ParsesTo(hocon, json);

    [Fact]
    public void Parse_NullClearsInheritedObject_ThroughFallback()
    {
        var app = ConfigurationFactory.ParseString("a = null");
        var reference = ConfigurationFactory.ParseString("a { x = 1 }");
        var merged = app.WithFallback(reference);
        Assert.False(merged.HasPath("a"));
        Assert.False(merged.HasPath("a.x"));
    }
}
