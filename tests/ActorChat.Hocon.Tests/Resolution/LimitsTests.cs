using System.Text;

namespace ActorChat.Hocon.Tests.Resolution;

/// <summary>Hostile or generated input fails with a config error instead of overflowing the stack.</summary>
public sealed class LimitsTests
{
    [Fact]
    public void Parse_VeryDeepNesting_ThrowsParseError()
    {
        var text = "a = " + new string('[', 100_000) + new string(']', 100_000);
        Assert.Contains("nested more than", HoconAssert.ParseFails(text).Message);
    }

    [Fact]
    public void Parse_DeepButReasonableNesting_Works()
    {
        var text = string.Concat(Enumerable.Repeat("a {", 100)) + "x = 1" + new string('}', 100);
        var path = string.Join('.', Enumerable.Repeat("a", 100)) + ".x";
        Assert.Equal(1, ConfigurationFactory.ParseString(text).GetInt(path));
    }

    [Fact]
    public void Resolve_LongSubstitutionChain_Works()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            sb.Append('k').Append(i).Append(" = ${k").Append(i + 1).Append("}\n");
        }

        sb.Append("k200 = end\n");
        Assert.Equal("end", ConfigurationFactory.ParseString(sb.ToString()).GetString("k0"));
    }

    [Fact]
    public void Resolve_HugeSubstitutionChain_ThrowsResolveError()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            sb.Append('k').Append(i).Append(" = ${k").Append(i + 1).Append("}\n");
        }

        sb.Append("k50000 = end\n");
        Assert.Contains("nested too deep", HoconAssert.ResolveFails(sb.ToString()).Message);
    }
}
