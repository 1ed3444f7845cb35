namespace ActorChat.Hocon.Tests.Resolution;

/// <summary>hocon.md §15 (self-referential substitutions) and §16 (+=).</summary>
public sealed class SelfReferenceTests
{
    [Theory]
    [InlineData("roles = [a]\nroles = ${roles} [b]", """{"roles":["a","b"]}""")]
    [InlineData("path = \"a:b\"\npath = ${path}\":c\"", """{"path":"a:b:c"}""")]
    [InlineData("path = a\npath = ${path}b\npath = ${path}c", """{"path":"abc"}""")]
    [InlineData("x = ${missing}\nx = 1", """{"x":1}""")]
    [InlineData("foo { a { c = 1 } }\nfoo = ${foo.a}\nfoo { a = 2 }", """{"foo":{"a":2,"c":1}}""")]
    [InlineData("a = ${?a}", "{}")]
    [InlineData("a = ${?a}x", """{"a":"x"}""")]
    [InlineData("a = 1\na = ${?a}", """{"a":1}""")]
    [InlineData("o { l = [1] }\no { l = ${o.l} [2] }", """{"o":{"l":[1,2]}}""")]
    [InlineData("o.l = [1]\no.l = ${o.l} [2]\no.l = ${o.l} [3]", """{"o":{"l":[1,2,3]}}""")]
    [InlineData("foo { x = 1 }\nfoo = ${foo} { y = 2 }", """{"foo":{"x":1,"y":2}}""")]
    [InlineData("a = 1\nb = ${a}\na = ${b}x", """{"a":"1x","b":"1x"}""")]
    [InlineData("a = 1\na = ${a}\nb = ${a}", """{"a":1,"b":1}""")]
    [InlineData("a : { b : 1 }\na : ${a} { c : 2 }", """{"a":{"b":1,"c":2}}""")]
    [InlineData("x : [1,2]\nx : ${x} [3,4]\nx : [-1, 0] ${x} [5, 6]\nx : [-3, -2] ${x}", """{"x":[-3,-2,-1,0,1,2,3,4,5,6]}""")]
    [InlineData("a { x = 1 }\na = ${?a} { y = 2 }", """{"a":{"x":1,"y":2}}""")]
    [InlineData("a = ${?a} { y = 2 }", """{"a":{"y":2}}""")]
    [InlineData("a.b = 1\na.c = ${a.b}\na.b = ${a.b}0", """{"a":{"b":"10","c":"10"}}""")]
    public void Resolve_SelfReference_SeesEarlierValue(string hocon, string json) => HoconAssert.ParsesTo(hocon, json);

    [Theory]
    [InlineData("a { r = [x] }\na { r += y }\nb += 1", """{"a":{"r":["x","y"]},"b":[1]}""")]
    [InlineData("l += 1\nl += 2\nl += [3]", """{"l":[1,2,[3]]}""")]
    [InlineData("a.b += x\na { b += y }", """{"a":{"b":["x","y"]}}""")]
    [InlineData("l = [0]\nl += {x = 1}", """{"l":[0,{"x":1}]}""")]
    public void Resolve_PlusEquals_Appends(string hocon, string json) => HoconAssert.ParsesTo(hocon, json);

    [Fact]
    public void Resolve_PlusEqualsOnString_ThrowsNamingPath()
    {
        var e = HoconAssert.ResolveFails("a = x\na += y");
        Assert.Contains("cannot concatenate the string 'x' with a list for 'a'", e.Message);
    }

    [Fact]
    public void Resolve_PlusEquals_IgnoresEnvironmentVariableOfSameName()
    {
        var name = "HOCON_TEST_APPEND_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(name, "from-env");
        try
        {
            HoconAssert.ParsesTo($"{name} += 1", $$"""{"{{name}}":[1]}""");
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void Parse_PlusEqualsInsideArrayObject_Throws() =>
        Assert.Contains("'+='", HoconAssert.ParseFails("a = [{ b += 1 }]").Message);
}
