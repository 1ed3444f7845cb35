namespace ActorChat.Hocon.Tests.Parsing;

/// <summary>hocon.md §20.</summary>
public sealed class ConcatenationTests
{
    [Theory]
    [InlineData("a = foo  bar 1.50\nb = [1] [2]\nc = {x=1} {y=2}", """{"a":"foo  bar 1.50","b":[1,2],"c":{"x":1,"y":2}}""")]
    [InlineData("x = [1 2 3]", """{"x":["1 2 3"]}""")]
    [InlineData("x = [ [1] [2] ]", """{"x":[[1,2]]}""")]
    [InlineData("x = [ [1]\n[2] ]", """{"x":[[1],[2]]}""")]
    [InlineData("a =   padded   \n", """{"a":"padded"}""")]
    [InlineData("a = foo\"bar\"baz", """{"a":"foobarbaz"}""")]
    [InlineData("a = true false null 1", """{"a":"true false null 1"}""")]
    [InlineData("a = \"x\" \"y\"", """{"a":"x y"}""")]
    [InlineData("a = {x = {p = 1}} {x = {q = 2}}", """{"a":{"x":{"p":1,"q":2}}}""")]
    [InlineData("a = {x = 1} {x = 2}", """{"a":{"x":2}}""")]
    [InlineData("a { x = 1 } { y = 2 }", """{"a":{"x":1,"y":2}}""")]
    [InlineData("a = [1] [] [2]", """{"a":[1,2]}""")]
    [InlineData("a = 5 s", """{"a":"5 s"}""")]
    [InlineData("a = 42", """{"a":42}""")]
    public void Parse_Concatenation_JoinsValuesOnOneLine(string hocon, string json) => HoconAssert.ParsesTo(hocon, json);

    [Theory]
    [InlineData("d = [1] foo", "cannot concatenate a list with the string 'foo'")]
    [InlineData("d = foo [1]", "cannot concatenate a list with the string 'foo'")]
    [InlineData("d = {a = 1} foo", "cannot concatenate an object with the string 'foo'")]
    [InlineData("d = 1 {a = 1}", "cannot concatenate an object with the number '1'")]
    public void Parse_MixedConcatenation_Throws(string hocon, string expected) =>
        Assert.Contains(expected, HoconAssert.ParseFails(hocon).Message);

    [Fact]
    public void Resolve_ListNextToPlainObject_Throws() =>
        Assert.Contains("cannot concatenate", HoconAssert.ResolveFails("d = [1] {a = 1}").Message);

    [Theory]
    [InlineData("a = [x]\nb = ${a} y")]
    [InlineData("a = {x = 1}\nb = ${a} y")]
    [InlineData("a = {x = 1}\nb = [1] ${a}")]
    [InlineData("a = x\nb = ${a} [1]")]
    public void Resolve_MixedConcatenationThroughSubstitution_ThrowsNamingPath(string hocon)
    {
        var e = HoconAssert.ResolveFails(hocon);
        Assert.Contains("cannot concatenate", e.Message);
        Assert.Contains("'b'", e.Message);
    }
}
