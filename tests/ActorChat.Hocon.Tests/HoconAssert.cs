using System.Text.Json.Nodes;

namespace ActorChat.Hocon.Tests;

/// <summary>Parse-and-compare helpers: JSON is compared structurally, numbers by value, key order ignored.</summary>
internal static class HoconAssert
{
    public static void ParsesTo(string hocon, string expectedJson)
    {
        var actual = ConfigurationFactory.ParseString(hocon).ToJson(indented: false);
        JsonEqual(expectedJson, actual);
    }

    public static void JsonEqual(string expectedJson, string actualJson)
    {
        var expected = JsonNode.Parse(expectedJson);
        var actual = JsonNode.Parse(actualJson);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expectedJson}\n  actual {actualJson}");
    }

    public static HoconParseException ParseFails(string hocon) =>
        Assert.Throws<HoconParseException>(() => ConfigurationFactory.ParseString(hocon));

    public static ConfigResolveException ResolveFails(string hocon) =>
        Assert.Throws<ConfigResolveException>(() => ConfigurationFactory.ParseString(hocon));
}
