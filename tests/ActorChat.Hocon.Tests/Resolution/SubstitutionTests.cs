namespace ActorChat.Hocon.Tests.Resolution;

/// <summary>hocon.md §14.</summary>
public sealed class SubstitutionTests
{
    [Theory]
    [InlineData("host = \"10.0.0.1\"\nport = 2552\naddr = ${host}\":\"${port}\np = ${port}", """{"host":"10.0.0.1","port":2552,"addr":"10.0.0.1:2552","p":2552}""")]
    [InlineData("a = 1\nb = ${a}\na = 2", """{"a":2,"b":2}""")]
    [InlineData("b = ${a}\na = 1", """{"a":1,"b":1}""")]
    [InlineData("a { x = 1 }\nb = ${a}", """{"a":{"x":1},"b":{"x":1}}""")]
    [InlineData("a = [1, 2]\nb = ${a}", """{"a":[1,2],"b":[1,2]}""")]
    [InlineData("a = true\nb = ${a}", """{"a":true,"b":true}""")]
    [InlineData("a = null\nb = ${a}", """{"a":null,"b":null}""")]
    [InlineData("a = null\nb = x${a}", """{"a":null,"b":"xnull"}""")]
    [InlineData("a = true\nb = ${a} ${a}", """{"a":true,"b":"true true"}""")]
    [InlineData("a.b.c = 1\nd = ${ a.b.c }", """{"a":{"b":{"c":1}},"d":1}""")]
    [InlineData("\"a.b\" = 1\nd = ${\"a.b\"}", """{"a.b":1,"d":1}""")]
    [InlineData("a { b = 1 }\nc = ${a.b}", """{"a":{"b":1},"c":1}""")]
    [InlineData("bar { x = 1, y = ${bar.x} }", """{"bar":{"x":1,"y":1}}""")]
    [InlineData("bar { foo = 42, baz = ${bar.foo} }\nbar { foo = 43 }", """{"bar":{"foo":43,"baz":43}}""")]
    [InlineData("a = ${b}\nb = ${c}\nc = 3", """{"a":3,"b":3,"c":3}""")]
    [InlineData("a = [${b}, ${c}]\nb = 1\nc = x", """{"a":[1,"x"],"b":1,"c":"x"}""")]
    [InlineData("a = { p = ${b} }\nb = 1", """{"a":{"p":1},"b":1}""")]
    [InlineData("base { x = 1 }\nderived = ${base} { y = 2 }", """{"base":{"x":1},"derived":{"x":1,"y":2}}""")]
    [InlineData("l = [1]\nm = ${l} [2] ${l}", """{"l":[1],"m":[1,2,1]}""")]
    [InlineData("a = \"${b}\"", """{"a":"${b}"}""")]
    public void Resolve_Substitution_SeesFinalValue(string hocon, string json) => HoconAssert.ParsesTo(hocon, json);

    [Theory]
    [InlineData("a = 1\na = ${?NOPE_HOCON_T1}\nb = ${?NOPE_HOCON_T1}", """{"a":1}""")]
    [InlineData("a = [1, ${?NOPE_HOCON_T1}, 2]", """{"a":[1,2]}""")]
    [InlineData("a = x${?NOPE_HOCON_T1}y", """{"a":"xy"}""")]
    [InlineData("a = ${?NOPE_HOCON_T1} [1]", """{"a":[1]}""")]
    [InlineData("a = {x = 1} ${?NOPE_HOCON_T1}", """{"a":{"x":1}}""")]
    [InlineData("k = ${?NOPE_HOCON_T1}${?NOPE_HOCON_T2}", "{}")]
    [InlineData("o { k = ${?NOPE_HOCON_T1} }", """{"o":{}}""")]
    public void Resolve_MissingOptional_Vanishes(string hocon, string json) => HoconAssert.ParsesTo(hocon, json);

    [Fact]
    public void Resolve_Missing_ThrowsNamingPathAndLocation()
    {
        var e = HoconAssert.ResolveFails("a = 1\nb {\n  c = ${nope.deeper}\n}");
        Assert.Equal("nope.deeper", e.Path);
        Assert.Equal(3, e.Line);
        Assert.Equal(7, e.Column);
        Assert.StartsWith("<string>:3:7: could not resolve substitution ${nope.deeper}", e.Message);
    }

    [Fact]
    public void Resolve_MissingInArray_Throws() =>
        Assert.Equal("nope", HoconAssert.ResolveFails("a = [1, ${nope}]").Path);

    [Fact]
    public void Resolve_MissingInConcatenation_Throws() =>
        Assert.Equal("nope", HoconAssert.ResolveFails("a = x${nope}").Path);

    [Theory]
    [InlineData("a = ${b}\nb = ${a}")]
    [InlineData("a = ${b}\nb = ${c}\nc = ${a}")]
    [InlineData("a = [${a}]")]
    [InlineData("a : a\na : { b : ${a} }")]
    [InlineData("a = { b = ${a} }")]
    [InlineData("x = ${x}")]
    [InlineData("a = ${a.b}")]
    public void Resolve_Cycle_ThrowsCycleError(string hocon)
    {
        var e = HoconAssert.ResolveFails(hocon);
        Assert.Contains("cycle", e.Message);
        Assert.NotNull(e.Path);
    }

    [Fact]
    public void Resolve_Cycle_NamesChain()
    {
        var e = HoconAssert.ResolveFails("a = ${b}\nb = ${a}");
        Assert.Contains("${b}", e.Message);
        Assert.Contains("${a}", e.Message);
        Assert.StartsWith("<string>:", e.Message);
    }

    [Theory]
    [InlineData("a = ${b${c}}", "substitutions cannot be nested")]
    [InlineData("a = ${}", "expected a key or path")]
    [InlineData("a = ${b", "expected '}' to close the substitution opened at 1:5")]
    [InlineData("a = ${b\n}", "expected '}' to close the substitution")]
    [InlineData("a = ${b.}", "empty path element")]
    [InlineData("a = $ {b}", "unexpected character '$'")]
    [InlineData("a = ${ ?b}", "unexpected character '?'")]
    public void Parse_BadSubstitution_Throws(string hocon, string expected) =>
        Assert.Contains(expected, HoconAssert.ParseFails(hocon).Message);
}
