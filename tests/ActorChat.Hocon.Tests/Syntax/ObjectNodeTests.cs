using ActorChat.Hocon.Model;
using ActorChat.Hocon.Syntax;

namespace ActorChat.Hocon.Tests.Syntax;

public sealed class ObjectNodeTests
{
    [Fact]
    public void AddPath_DottedKey_NestsSingleFieldObjects()
    {
        var root = new ObjectNode(null);
        root.AddPath(HoconPath.Parse("a.b.c"), ConfigScalar.Number("1"), null);
        var a = Assert.IsType<ObjectNode>(Assert.Single(root.Fields["a"]));
        var b = Assert.IsType<ObjectNode>(Assert.Single(a.Fields["b"]));
        Assert.Equal("1", Assert.IsType<ConfigScalar>(Assert.Single(b.Fields["c"])).Text);
    }

    [Fact]
    public void MergeFrom_SameKey_AppendsHistoryWithoutTouchingSource()
    {
        var first = new ObjectNode(null);
        first.Add("k", ConfigScalar.Number("1"));
        var second = new ObjectNode(null);
        second.Add("k", ConfigScalar.Number("2"));

        var merged = new ObjectNode(null);
        merged.MergeFrom(first);
        merged.MergeFrom(second);

        Assert.Equal(["1", "2"], merged.Fields["k"].Cast<ConfigScalar>().Select(s => s.Text));
        Assert.Single(first.Fields["k"]);
        Assert.Single(second.Fields["k"]);
    }
}
