namespace ActorChat.Hocon.Tests.Parsing;

/// <summary>hocon.md §10 (numbers keep their source text) and §11 (booleans and null).</summary>
public sealed class NumberTests
{
    [Fact]
    public void Parse_SpecNumbers_AreNumbers()
    {
        var config = ConfigurationFactory.ParseString("a = 42\nb = -0.5\nc = 1e3\nd = 3000000000");
        HoconAssert.JsonEqual("""{"a":42,"b":-0.5,"c":1000.0,"d":3000000000}""", config.ToJson());
        Assert.Equal(42, config.GetInt("a"));
        Assert.Equal(-0.5, config.GetDouble("b"));
        Assert.Equal(1000.0, config.GetDouble("c"));
        Assert.Equal(1000, config.GetInt("c"));
        Assert.Equal(3000000000L, config.GetLong("d"));
    }

    [Theory]
    [InlineData("1.50", "1.50")]
    [InlineData("1e3", "1e3")]
    [InlineData("-0", "-0")]
    [InlineData("1E-2", "1E-2")]
    public void Parse_Number_KeepsSourceText(string number, string text)
    {
        var config = ConfigurationFactory.ParseString($"a = {number}\nb = ${{a}}x");
        Assert.Equal(text, config.GetString("a"));
        Assert.Equal(text + "x", config.GetString("b"));
        Assert.Contains(text, config.ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("010")]
    [InlineData("0x1F")]
    [InlineData("+1")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e")]
    public void Parse_NonJsonNumber_IsString(string text)
    {
        var config = ConfigurationFactory.ParseString($"a = \"{text}\"\nb = {text.Replace("+", "\"+\"", StringComparison.Ordinal)}");
        Assert.Equal("string", config.GetValue("b")!.Type.ToString().ToLowerInvariant());
    }

    [Fact]
    public void GetInt_LeadingZero_IsNotOctal() =>
        Assert.Throws<ConfigWrongTypeException>(() => ConfigurationFactory.ParseString("a = 010").GetInt("a"));

    [Fact]
    public void GetInt_Hex_IsNotANumber() =>
        Assert.Throws<ConfigWrongTypeException>(() => ConfigurationFactory.ParseString("a = 0x10").GetInt("a"));

    [Fact]
    public void GetInt_Fraction_ThrowsWrongType() =>
        Assert.Throws<ConfigWrongTypeException>(() => ConfigurationFactory.ParseString("a = 1.5").GetInt("a"));

    [Fact]
    public void Parse_BooleansAndNull_OnlyBareWordsAreTyped() =>
        HoconAssert.ParsesTo("a = on\nb = true\nc = null\nd = \"true\"\ne = false\nf = yes", """{"a":"on","b":true,"c":null,"d":"true","e":false,"f":"yes"}""");

    [Fact]
    public void GetValue_Types_ReportedPerValue()
    {
        var config = ConfigurationFactory.ParseString("n = 1\ns = x\nb = true\no {}\nl = []\nz = null");
        Assert.Equal(HoconType.Number, config.GetValue("n")!.Type);
        Assert.Equal(HoconType.String, config.GetValue("s")!.Type);
        Assert.Equal(HoconType.Boolean, config.GetValue("b")!.Type);
        Assert.Equal(HoconType.Object, config.GetValue("o")!.Type);
        Assert.Equal(HoconType.Array, config.GetValue("l")!.Type);
        Assert.Null(config.GetValue("z"));
    }
}
