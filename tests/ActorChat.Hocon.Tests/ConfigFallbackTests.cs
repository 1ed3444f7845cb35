namespace ActorChat.Hocon.Tests;

public sealed class ConfigFallbackTests
{
    [Fact]
    public void WithFallback_SpecExample_ReceiverWinsAndObjectsMerge()
    {
        var primary = ConfigurationFactory.ParseString("a { x = 1 }");
        var fallback = ConfigurationFactory.ParseString("a { x = 0, y = 2 }\nb = 3");
        HoconAssert.JsonEqual("""{"a":{"x":1,"y":2},"b":3}""", primary.WithFallback(fallback).ToJson());
    }

    [Fact]
    public void WithFallback_NonAdjacentObjects_DoNotMerge()
    {
        var a = ConfigurationFactory.ParseString("a { x = 1 }");
        var b = ConfigurationFactory.ParseString("a = 42");
        var c = ConfigurationFactory.ParseString("a { y = 2 }");
        HoconAssert.JsonEqual("""{"a":{"x":1}}""", a.WithFallback(b).WithFallback(c).ToJson());
        HoconAssert.JsonEqual("""{"a":{"x":1,"y":2}}""", a.WithFallback(c).WithFallback(b).ToJson());
    }

    [Fact]
    public void WithFallback_Chain_PriorityLeftToRight()
    {
        var merged = ConfigurationFactory.ParseString("k = a")
            .WithFallback(ConfigurationFactory.ParseString("k = b\nm = b"))
            .WithFallback(ConfigurationFactory.ParseString("k = c\nm = c\nn = c"));
        Assert.Equal("a", merged.GetString("k"));
        Assert.Equal("b", merged.GetString("m"));
        Assert.Equal("c", merged.GetString("n"));
    }

    [Fact]
    public void WithFallback_Self_ThrowsArgumentException()
    {
        var config = ConfigurationFactory.ParseString("a = 1");
        Assert.Throws<ArgumentException>(() => config.WithFallback(config));
    }

    [Fact]
    public void WithFallback_Empty_ReturnsReceiver()
    {
        var config = ConfigurationFactory.ParseString("a = 1");
        Assert.Same(config, config.WithFallback(Config.Empty));
    }

    [Fact]
    public void WithFallback_Inputs_AreNotModified()
    {
        var a = ConfigurationFactory.ParseString("s { x = 1 }");
        var b = ConfigurationFactory.ParseString("s { y = 2 }");
        _ = a.WithFallback(b).ToJson();
        HoconAssert.JsonEqual("""{"s":{"x":1}}""", a.ToJson());
        HoconAssert.JsonEqual("""{"s":{"y":2}}""", b.ToJson());
    }

    [Fact]
    public void GetConfig_AfterFallback_KeepsFallbackPart()
    {
        var app = ConfigurationFactory.ParseString("chat { port = 9000 }");
        var reference = ConfigurationFactory.ParseString("chat { port = 8080, hostname = localhost }\nother = 1");
        var chat = app.WithFallback(reference).GetConfig("chat");
        Assert.Equal(9000, chat.GetInt("port"));
        Assert.Equal("localhost", chat.GetString("hostname"));
    }

    [Fact]
    public void Resolve_UnresolvedAppOverReference_SeesReferenceValues()
    {
        var unresolved = new ConfigParseOptions { Resolve = false };
        var app = ConfigurationFactory.ParseString("chat.port = 9000\naddr = ${chat.hostname}\":\"${chat.port}", unresolved);
        var reference = ConfigurationFactory.ParseString("chat { port = 8080, hostname = localhost }");
        Assert.False(app.IsResolved);
        var config = app.WithFallback(reference).Resolve();
        Assert.Equal("localhost:9000", config.GetString("addr"));
    }

    [Fact]
    public void Resolve_ReferenceSubstitution_SeesApplicationOverride()
    {
        var unresolved = new ConfigParseOptions { Resolve = false };
        var reference = ConfigurationFactory.ParseString("port = 1\nurl = \"h:\"${port}", unresolved);
        var app = ConfigurationFactory.ParseString("port = 2", unresolved);
        Assert.Equal("h:2", app.WithFallback(reference).Resolve().GetString("url"));
    }

    [Fact]
    public void Resolve_SelfReferenceAcrossFallback_ExtendsReferenceValue()
    {
        var unresolved = new ConfigParseOptions { Resolve = false };
        var reference = ConfigurationFactory.ParseString("path = \"/usr\"\nroles = [a]", unresolved);
        var app = ConfigurationFactory.ParseString("path = ${path}\":/x\"\nroles += b", unresolved);
        var config = app.WithFallback(reference).Resolve();
        Assert.Equal("/usr:/x", config.GetString("path"));
        Assert.Equal(["a", "b"], config.GetStringList("roles"));
    }

    [Fact]
    public void Resolve_FallbackChainOfUnresolved_MissingSubstitutionNamesPath()
    {
        var unresolved = new ConfigParseOptions { Resolve = false, SourceName = "app.conf" };
        var app = ConfigurationFactory.ParseString("a = 1\nb = ${nowhere}", unresolved);
        var e = Assert.Throws<ConfigResolveException>(() => app.WithFallback(ConfigurationFactory.ParseString("c = 1")).Resolve());
        Assert.StartsWith("app.conf:2:5:", e.Message);
        Assert.Equal("nowhere", e.Path);
    }

    [Fact]
    public void Getter_UnresolvedConfig_ThrowsResolveException()
    {
        var app = ConfigurationFactory.ParseString("a = ${b}", new ConfigParseOptions { Resolve = false });
        var e = Assert.Throws<ConfigResolveException>(() => app.GetString("a"));
        Assert.Contains("Resolve()", e.Message);
    }

    [Fact]
    public void ParseString_EagerSubstitution_CannotSeeFallback()
    {
        var e = Assert.Throws<ConfigResolveException>(() => ConfigurationFactory.ParseString("a = ${nope}"));
        Assert.Contains("nope", e.Message);
        Assert.Contains("<string>:1:5", e.Message);
    }
}
