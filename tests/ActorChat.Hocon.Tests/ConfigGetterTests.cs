namespace ActorChat.Hocon.Tests;

public sealed class ConfigGetterTests
{
    private static readonly Config Sample = ConfigurationFactory.ParseString("""
        a { s = hello, i = 42, l = 3000000000, d = 1.5, b = on, n = null, q = "42" }
        list = [x, 1, true]
        ints = [1, 2, 3]
        t = 5s
        size = 512K
        obj { "b.c" { d = deep } }
        """);

    [Fact]
    public void GetString_ExistingPath_ReturnsText() => Assert.Equal("hello", Sample.GetString("a.s"));

    [Fact]
    public void GetString_Number_ReturnsSourceText() => Assert.Equal("1.5", Sample.GetString("a.d"));

    [Fact]
    public void GetString_MissingWithDefault_ReturnsDefault() => Assert.Equal("dflt", Sample.GetString("a.nope", "dflt"));

    [Fact]
    public void GetString_NullValueWithDefault_ReturnsDefault() => Assert.Null(Sample.GetString("a.n", null));

    [Fact]
    public void GetString_Missing_ThrowsNamingPathAndType()
    {
        var e = Assert.Throws<ConfigMissingException>(() => Sample.GetString("a.nope"));
        Assert.Contains("a.nope", e.Message);
        Assert.Contains("string", e.Message);
        Assert.Equal("a.nope", e.Path);
    }

    [Fact]
    public void GetString_NullValue_ThrowsMissingSayingNull()
    {
        var e = Assert.Throws<ConfigMissingException>(() => Sample.GetString("a.n"));
        Assert.Contains("null", e.Message);
    }

    [Fact]
    public void GetString_Object_ThrowsWrongTypeNamingPath()
    {
        var e = Assert.Throws<ConfigWrongTypeException>(() => Sample.GetString("a"));
        Assert.Contains("'a'", e.Message);
        Assert.Contains("string", e.Message);
    }

    [Fact]
    public void GetInt_Number_ReturnsValue() => Assert.Equal(42, Sample.GetInt("a.i"));

    [Fact]
    public void GetInt_QuotedNumber_ReturnsValue() => Assert.Equal(42, Sample.GetInt("a.q"));

    [Fact]
    public void GetInt_OutOfRange_ThrowsWrongTypeNamingPath()
    {
        var e = Assert.Throws<ConfigWrongTypeException>(() => Sample.GetInt("a.l"));
        Assert.Contains("a.l", e.Message);
        Assert.Contains("int", e.Message);
    }

    [Fact]
    public void GetInt_NotANumber_ThrowsWrongTypeWithOrigin()
    {
        var e = Assert.Throws<ConfigWrongTypeException>(() => Sample.GetInt("a.s"));
        Assert.Contains("a.s", e.Message);
        Assert.Contains("<string>:1:", e.Message);
        Assert.Equal("int", e.ExpectedType!.Split(' ')[0]);
    }

    [Fact]
    public void GetInt_MissingWithDefault_ReturnsDefault() => Assert.Equal(7, Sample.GetInt("zzz", 7));

    [Fact]
    public void GetInt_Missing_ThrowsMissing() => Assert.Throws<ConfigMissingException>(() => Sample.GetInt("zzz"));

    [Fact]
    public void GetLong_Large_ReturnsValue() => Assert.Equal(3000000000L, Sample.GetLong("a.l"));

    [Fact]
    public void GetLong_MissingWithDefault_ReturnsDefault() => Assert.Equal(5L, Sample.GetLong("zzz", 5L));

    [Fact]
    public void GetDouble_Decimal_UsesInvariantCulture() => Assert.Equal(1.5, Sample.GetDouble("a.d"));

    [Fact]
    public void GetDouble_MissingWithDefault_ReturnsDefault() => Assert.Equal(2.5, Sample.GetDouble("zzz", 2.5));

    [Fact]
    public void GetDouble_NotANumber_ThrowsWrongType() => Assert.Throws<ConfigWrongTypeException>(() => Sample.GetDouble("a.s"));

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("on", true)]
    [InlineData("off", false)]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    [InlineData("\"TRUE\"", true)]
    [InlineData("Off", false)]
    public void GetBoolean_AcceptedWord_ReturnsValue(string text, bool expected) =>
        Assert.Equal(expected, ConfigurationFactory.ParseString($"b = {text}").GetBoolean("b"));

    [Fact]
    public void GetBoolean_OtherWord_ThrowsWrongTypeNamingPath()
    {
        var e = Assert.Throws<ConfigWrongTypeException>(() => ConfigurationFactory.ParseString("x.b = maybe").GetBoolean("x.b"));
        Assert.Contains("x.b", e.Message);
        Assert.Contains("boolean", e.Message);
    }

    [Fact]
    public void GetBoolean_MissingWithDefault_ReturnsDefault() => Assert.True(Sample.GetBoolean("zzz", true));

    [Fact]
    public void HasPath_ValueNullOrMissing_ReturnsFalse()
    {
        Assert.True(Sample.HasPath("a.s"));
        Assert.True(Sample.HasPath("a"));
        Assert.False(Sample.HasPath("a.n"));
        Assert.False(Sample.HasPath("a.nope"));
        Assert.False(Sample.HasPath("a.s.deeper"));
    }

    [Fact]
    public void HasPath_QuotedSegment_FindsDottedKey()
    {
        Assert.True(Sample.HasPath("obj.\"b.c\".d"));
        Assert.Equal("deep", Sample.GetString("obj.\"b.c\".d"));
        Assert.False(Sample.HasPath("obj.b.c.d"));
    }

    [Fact]
    public void GetStringList_MixedScalars_ReturnsTexts() => Assert.Equal(["x", "1", "true"], Sample.GetStringList("list"));

    [Fact]
    public void GetStringList_Missing_ReturnsEmpty() => Assert.Empty(Sample.GetStringList("nope"));

    [Fact]
    public void GetStringList_NotAList_ThrowsWrongType() => Assert.Throws<ConfigWrongTypeException>(() => Sample.GetStringList("a.s"));

    [Fact]
    public void GetIntList_Numbers_ReturnsInts() => Assert.Equal([1, 2, 3], Sample.GetIntList("ints"));

    [Fact]
    public void GetIntList_NonNumberElement_ThrowsNamingElement()
    {
        var e = Assert.Throws<ConfigWrongTypeException>(() => Sample.GetIntList("list"));
        Assert.Contains("list[0]", e.Message);
    }

    [Fact]
    public void GetTimeSpan_Seconds_ReturnsDuration() => Assert.Equal(TimeSpan.FromSeconds(5), Sample.GetTimeSpan("t"));

    [Fact]
    public void GetTimeSpan_MissingWithDefault_ReturnsDefault() =>
        Assert.Equal(TimeSpan.FromSeconds(3), Sample.GetTimeSpan("zzz", TimeSpan.FromSeconds(3)));

    [Fact]
    public void GetTimeSpan_Missing_ThrowsMissingNamingDuration()
    {
        var e = Assert.Throws<ConfigMissingException>(() => Sample.GetTimeSpan("zzz"));
        Assert.Contains("duration", e.Message);
    }

    [Fact]
    public void GetByteSize_Kibibytes_ReturnsBytes() => Assert.Equal(524288L, Sample.GetByteSize("size"));

    [Fact]
    public void GetByteSize_MissingWithDefault_ReturnsDefault()
    {
        Assert.Null(Sample.GetByteSize("zzz", null));
        Assert.Equal(10L, Sample.GetByteSize("zzz", 10L));
    }

    [Fact]
    public void GetConfig_Object_ReturnsSubtree() => Assert.Equal(42, Sample.GetConfig("a").GetInt("i"));

    [Fact]
    public void GetConfig_Missing_ReturnsEmpty() => Assert.True(Sample.GetConfig("nope").IsEmpty);

    [Fact]
    public void GetConfig_Scalar_ThrowsWrongType() => Assert.Throws<ConfigWrongTypeException>(() => Sample.GetConfig("a.s"));

    [Fact]
    public void GetConfig_SubConfigError_NamesFullPath()
    {
        var e = Assert.Throws<ConfigMissingException>(() => Sample.GetConfig("a").GetInt("zzz"));
        Assert.Equal("a.zzz", e.Path);
    }

    [Fact]
    public void AsEnumerable_TopLevelKeys_YieldsEachKeyOnce()
    {
        var keys = Sample.AsEnumerable().Select(kv => kv.Key).ToList();
        Assert.Equal(["a", "list", "ints", "t", "size", "obj"], keys);
        var a = Sample.AsEnumerable().First().Value;
        Assert.True(a.IsObject);
        Assert.Equal("hello", a.ToConfig().GetString("s"));
    }

    [Fact]
    public void ImplicitConversion_String_ParsesConfig()
    {
        Config config = "x = 1";
        Assert.Equal(1, config.GetInt("x"));
    }

    [Fact]
    public void AtKey_Config_WrapsUnderKey() =>
        Assert.Equal(1, ConfigurationFactory.ParseString("x = 1").AtKey("outer").GetInt("outer.x"));

    [Fact]
    public void Empty_Both_AreEmpty()
    {
        Assert.True(Config.Empty.IsEmpty);
        Assert.True(ConfigurationFactory.Empty.IsEmpty);
        Assert.True(ConfigurationFactory.ParseString("# only a comment\n").IsEmpty);
        Assert.True(ConfigurationFactory.ParseString("").IsEmpty);
    }
}
