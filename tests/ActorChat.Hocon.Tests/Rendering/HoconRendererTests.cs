namespace ActorChat.Hocon.Tests.Rendering;

public sealed class HoconRendererTests
{
    [Fact]
    public void ToString_NestedTree_RendersReadableHocon()
    {
        var config = ConfigurationFactory.ParseString("a { b = 1, \"c.d\" = x }\nl = [1, \"two\"]\ne {}\nn = null");
        Assert.Equal("a {\n  b = 1\n  \"c.d\" = \"x\"\n}\nl = [\n  1,\n  \"two\"\n]\ne {}\nn = null\n", config.ToString());
    }

    [Fact]
    public void ToString_StringsThatLookLikeOtherTypes_StayStrings()
    {
        var config = ConfigurationFactory.ParseString("a = \"42\"\nb = \"true\"\nc = \"${x}\"\nd = \"null\"");
        var reparsed = ConfigurationFactory.ParseString(config.ToString());
        HoconAssert.JsonEqual(config.ToJson(), reparsed.ToJson());
        Assert.Equal(HoconType.String, reparsed.GetValue("a")!.Type);
    }

    [Fact]
    public void ToString_Empty_IsEmptyText() => Assert.Equal("", Config.Empty.ToString());

    [Fact]
    public void ToString_Unresolved_SaysSo() =>
        Assert.Contains("unresolved", ConfigurationFactory.ParseString("a = ${b}", new ConfigParseOptions { Resolve = false }).ToString());

    [Fact]
    public void ToJson_Compact_HasNoWhitespace() =>
        Assert.Equal("""{"a":{"b":[1,"x",true,null]}}""", ConfigurationFactory.ParseString("a.b = [1, x, true, null]").ToJson(indented: false));

    [Fact]
    public void ToJson_Indented_UsesTwoSpaces() =>
        Assert.Equal("{\n  \"a\": {\n    \"b\": 1\n  }\n}", ConfigurationFactory.ParseString("a.b = 1").ToJson());

    [Fact]
    public void ToJson_ControlCharacters_AreEscaped() =>
        Assert.Equal("{\"a\":\"x\\n\\t\\u0001\\\"\\\\\"}", ConfigurationFactory.ParseString("a = \"x\\n\\t\\u0001\\\"\\\\\"").ToJson(false));

    [Fact]
    public void HoconValue_ToString_StringIsText_ObjectIsJson()
    {
        var values = ConfigurationFactory.ParseString("s = hi\no { x = 1 }").AsEnumerable().ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal("hi", values["s"].ToString());
        Assert.Equal("""{"x":1}""", values["o"].ToString());
    }
}
