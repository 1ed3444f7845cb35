using ActorChat.Hocon.Model;

namespace ActorChat.Hocon.Tests.Model;

public sealed class ConfigObjectTests
{
    private static ConfigObject Obj(string hocon) => ConfigurationFactory.ParseString(hocon).Root;

    [Fact]
    public void WithFallback_NestedObjects_MergeDeeplyReceiverWins()
    {
        var merged = Obj("a { x = 1, n { p = 1 } }").WithFallback(Obj("a { x = 0, y = 2, n { q = 2 } }\nb = 3"));
        Assert.True(merged.ValueEquals(Obj("a { x = 1, y = 2, n { p = 1, q = 2 } }\nb = 3")));
    }

    [Fact]
    public void WithFallback_ScalarOverObject_ScalarWins() =>
        Assert.True(Obj("a = 1").WithFallback(Obj("a { x = 1 }")).ValueEquals(Obj("a = 1")));

    [Fact]
    public void ValueEquals_KeyOrder_Ignored() => Assert.True(Obj("a = 1, b = 2").ValueEquals(Obj("b = 2, a = 1")));

    [Fact]
    public void ValueEquals_NumberSourceText_Matters() => Assert.False(Obj("a = 1.0").ValueEquals(Obj("a = 1.00")));

    [Fact]
    public void ValueEquals_StringVersusNumber_Differ() => Assert.False(Obj("a = 1").ValueEquals(Obj("a = \"1\"")));

    [Fact]
    public void Find_ThroughScalar_ReturnsNull() => Assert.Null(Obj("a = 1").Find(HoconPath.Parse("a.b")));
}
