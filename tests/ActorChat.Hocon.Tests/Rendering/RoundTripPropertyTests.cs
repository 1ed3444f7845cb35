using ActorChat.Hocon.Model;
using FsCheck;
using FsCheck.Fluent;
using FsConfig = FsCheck.Config;

namespace ActorChat.Hocon.Tests.Rendering;

/// <summary>Rendering a tree and parsing it back gives the same tree, for HOCON and for JSON output.</summary>
public sealed class RoundTripPropertyTests
{
    private static readonly FsConfig Settings = FsConfig.QuickThrowOnFailure.WithMaxTest(500).WithEndSize(100);

    private static bool RoundTrips(ConfigObject tree, Func<Config, string> render)
    {
        var text = render(new Config(tree));
        var reparsed = ConfigurationFactory.ParseString(text).Root;
        return reparsed.ValueEquals(tree);
    }

    [Fact]
    public void ToString_RandomTree_ParsesBackToSameTree() =>
        Check.One(Settings, Prop.ForAll(TreeGenerators.Object.ToArbitrary(), tree => RoundTrips(tree, c => c.ToString())));

    [Fact]
    public void ToJsonIndented_RandomTree_ParsesBackToSameTree() =>
        Check.One(Settings, Prop.ForAll(TreeGenerators.Object.ToArbitrary(), tree => RoundTrips(tree, c => c.ToJson())));

    [Fact]
    public void ToJsonCompact_RandomTree_ParsesBackToSameTree() =>
        Check.One(Settings, Prop.ForAll(TreeGenerators.Object.ToArbitrary(), tree => RoundTrips(tree, c => c.ToJson(indented: false))));

    [Fact]
    public void ToJson_RandomTree_IsValidJsonWithSameShape() =>
        Check.One(Settings, Prop.ForAll(TreeGenerators.Object.ToArbitrary(), tree =>
        {
            // JsonDocument checks the syntax without decoding strings (it refuses escaped lone surrogates).
            using var document = System.Text.Json.JsonDocument.Parse(new Config(tree).ToJson());
            return document.RootElement.EnumerateObject().Count() == tree.Fields.Count;
        }));
}
