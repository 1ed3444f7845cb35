namespace ActorChat.Hocon.Tests.Parsing;

/// <summary>hocon.md §12.</summary>
public sealed class ArrayTests
{
    [Theory]
    [InlineData("seeds = [\n \"akka.tcp://c@a:1\"\n \"akka.tcp://c@b:1\"\n]", """{"seeds":["akka.tcp://c@a:1","akka.tcp://c@b:1"]}""")]
    [InlineData("a = [1, \"two\", true, null, {x = 1}, [3]]", """{"a":[1,"two",true,null,{"x":1},[3]]}""")]
    [InlineData("a = [{ x = 1 }\n{ y = 2 }]", """{"a":[{"x":1},{"y":2}]}""")]
    [InlineData("a = [1, 2]\na = [3]", """{"a":[3]}""")]
    [InlineData("a = [ ]", """{"a":[]}""")]
    [InlineData("a = [\n  # comment\n  1 # one\n  , 2\n]", """{"a":[1,2]}""")]
    public void Parse_Array_GivesList(string hocon, string json) => HoconAssert.ParsesTo(hocon, json);
}
