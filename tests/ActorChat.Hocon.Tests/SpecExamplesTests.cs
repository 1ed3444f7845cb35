namespace ActorChat.Hocon.Tests;

/// <summary>Every In → Out example of docs hocon.md whose Out is a tree (the errors are in SpecErrorExamplesTests).</summary>
public sealed class SpecExamplesTests
{
    [Theory]
    // §1 document root
    [InlineData("a = 1", """{"a":1}""")]
    [InlineData("{ a = 1 }", """{"a":1}""")]
    // §2 comments
    [InlineData("a = 1 # note\nb = \"x // y\"", """{"a":1,"b":"x // y"}""")]
    // §3 separators
    [InlineData("a : 1\nb = 2\nc { d = 3 }", """{"a":1,"b":2,"c":{"d":3}}""")]
    // §4 commas and newlines
    [InlineData("x = [1\n2\n3,]", """{"x":[1,2,3]}""")]
    // §5 whitespace
    [InlineData("\uFEFFa\u00A0=\u00A01", """{"a":1}""")]
    // §6 path keys
    [InlineData("akka.actor.provider = cluster", """{"akka":{"actor":{"provider":"cluster"}}}""")]
    [InlineData("\"a.b\" = 1", """{"a.b":1}""")]
    // §7 duplicate keys and merging
    [InlineData("s { a = 1, b = 1 }\ns { b = 2 }", """{"s":{"a":1,"b":2}}""")]
    [InlineData("f = {a=1}\nf = null\nf = {b=2}", """{"f":{"b":2}}""")]
    [InlineData("r = [1,2]\nr = [3]", """{"r":[3]}""")]
    // §8 quoted strings
    [InlineData("a = \"x\\ty\\u0041\"", """{"a":"x\tyA"}""")]
    // §9 unquoted strings
    [InlineData("h = 127.0.0.1\nv = 1.0.2\np = /user/a", """{"h":"127.0.0.1","v":"1.0.2","p":"/user/a"}""")]
    // §10 numbers
    [InlineData("a = 42\nb = -0.5\nc = 1e3\nd = 3000000000", """{"a":42,"b":-0.5,"c":1000.0,"d":3000000000}""")]
    // §11 booleans and null
    [InlineData("a = on\nb = true\nc = null\nd = \"true\"", """{"a":"on","b":true,"c":null,"d":"true"}""")]
    // §12 arrays
    [InlineData("seeds = [\n \"akka.tcp://c@a:1\"\n \"akka.tcp://c@b:1\"\n]", """{"seeds":["akka.tcp://c@a:1","akka.tcp://c@b:1"]}""")]
    // §13 durations stay as written in the tree
    [InlineData("t = 5s\nu = 1.5 h\nv = 250\nw = infinite", """{"t":"5s","u":"1.5 h","v":250,"w":"infinite"}""")]
    // §14 substitutions
    [InlineData("host = \"10.0.0.1\"\nport = 2552\naddr = ${host}\":\"${port}\np = ${port}", """{"host":"10.0.0.1","port":2552,"addr":"10.0.0.1:2552","p":2552}""")]
    [InlineData("a = 1\nb = ${a}\na = 2", """{"a":2,"b":2}""")]
    [InlineData("a = 1\na = ${?HOCON_TEST_SURELY_UNSET_1}\nb = ${?HOCON_TEST_SURELY_UNSET_1}", """{"a":1}""")]
    // §15 self-references
    [InlineData("roles = [a]\nroles = ${roles} [b]", """{"roles":["a","b"]}""")]
    [InlineData("x = ${missing}\nx = 1", """{"x":1}""")]
    [InlineData("foo { a { c = 1 } }\nfoo = ${foo.a}\nfoo { a = 2 }", """{"foo":{"a":2,"c":1}}""")]
    // §16 +=
    [InlineData("a { r = [x] }\na { r += y }\nb += 1", """{"a":{"r":["x","y"]},"b":[1]}""")]
    // §20 concatenation
    [InlineData("a = foo  bar 1.50\nb = [1] [2]\nc = {x=1} {y=2}", """{"a":"foo  bar 1.50","b":[1,2],"c":{"x":1,"y":2}}""")]
    [InlineData("x = [1 2 3]", """{"x":["1 2 3"]}""")]
    [InlineData("x = [ [1] [2] ]", """{"x":[[1,2]]}""")]
    [InlineData("x = [ [1]\n[2] ]", """{"x":[[1],[2]]}""")]
    // §21 byte sizes stay as written in the tree
    [InlineData("a = 10MB\nb = 512K\nc = 0.5M", """{"a":"10MB","b":"512K","c":"0.5M"}""")]
    // §22 triple quotes
    [InlineData("a = \"\"\"C:\\dir\n\"q\"\"\"\"", """{"a":"C:\\dir\n\"q\""}""")]
    [InlineData("a = \"\"\"x\"\"\"\"", """{"a":"x\""}""")]
    public void ParseString_SpecExample_GivesSpecTree(string hocon, string expectedJson) =>
        HoconAssert.ParsesTo(hocon, expectedJson);

    [Theory]
    [InlineData("a = 1\n}")]
    [InlineData("x = [1,,2]")]
    [InlineData("u = http://x")]
    [InlineData("d = [1] foo")]
    public void ParseString_SpecErrorExample_ThrowsParseError(string hocon) => HoconAssert.ParseFails(hocon);

    [Theory]
    [InlineData("a = ${nope}")]
    [InlineData("x = ${x}")]
    public void ParseString_SpecUnresolvableExample_ThrowsResolveError(string hocon) => HoconAssert.ResolveFails(hocon);
}
