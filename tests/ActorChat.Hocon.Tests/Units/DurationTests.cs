using System.Globalization;

namespace ActorChat.Hocon.Tests.Units;

/// <summary>hocon.md §13: every duration unit, through Config.GetTimeSpan.</summary>
public sealed class DurationTests
{
    private static TimeSpan Read(string value, bool allowInfinite = true) =>
        ConfigurationFactory.ParseString($"t = {value}").GetTimeSpan("t", allowInfinite);

    [Theory]
    [InlineData("ns", 0.0001)]
    [InlineData("nano", 0.0001)]
    [InlineData("nanos", 0.0001)]
    [InlineData("nanosecond", 0.0001)]
    [InlineData("nanoseconds", 0.0001)]
    [InlineData("us", 0.1)]
    [InlineData("micro", 0.1)]
    [InlineData("micros", 0.1)]
    [InlineData("microsecond", 0.1)]
    [InlineData("microseconds", 0.1)]
    [InlineData("ms", 100)]
    [InlineData("milli", 100)]
    [InlineData("millis", 100)]
    [InlineData("millisecond", 100)]
    [InlineData("milliseconds", 100)]
    [InlineData("s", 100_000)]
    [InlineData("second", 100_000)]
    [InlineData("seconds", 100_000)]
    [InlineData("m", 6_000_000)]
    [InlineData("minute", 6_000_000)]
    [InlineData("minutes", 6_000_000)]
    [InlineData("h", 360_000_000)]
    [InlineData("hour", 360_000_000)]
    [InlineData("hours", 360_000_000)]
    [InlineData("d", 8_640_000_000)]
    [InlineData("day", 8_640_000_000)]
    [InlineData("days", 8_640_000_000)]
    public void GetTimeSpan_Unit_ScalesHundredUnits(string unit, double expectedMilliseconds)
    {
        var expected = TimeSpan.FromTicks((long)Math.Round(expectedMilliseconds * TimeSpan.TicksPerMillisecond));
        Assert.Equal(expected, Read("100" + unit));
        Assert.Equal(expected, Read("100 " + unit));
        Assert.Equal(expected, Read($"\" 100 {unit} \""));
    }

    [Theory]
    [InlineData("5s", 5000)]
    [InlineData("1.5 h", 5_400_000)]
    [InlineData("250", 250)]
    [InlineData("\"250\"", 250)]
    [InlineData("0.5", 0.5)]
    [InlineData("0", 0)]
    [InlineData("-1s", -1000)]
    [InlineData("1e3", 1000)]
    [InlineData("2.5ms", 2.5)]
    public void GetTimeSpan_Value_Parses(string value, double expectedMilliseconds) =>
        Assert.Equal(TimeSpan.FromTicks((long)(expectedMilliseconds * TimeSpan.TicksPerMillisecond)), Read(value));

    [Theory]
    [InlineData("infinite")]
    [InlineData("Infinite")]
    [InlineData("INFINITE")]
    public void GetTimeSpan_Infinite_ReturnsInfiniteTimeSpan(string value) =>
        Assert.Equal(Timeout.InfiniteTimeSpan, Read(value));

    [Fact]
    public void GetTimeSpan_InfiniteNotAllowed_ThrowsWrongType() =>
        Assert.Contains("finite duration", Assert.Throws<ConfigWrongTypeException>(() => Read("infinite", allowInfinite: false)).Message);

    [Theory]
    [InlineData("5S")]
    [InlineData("5 sec")]
    [InlineData("5 Seconds")]
    [InlineData("five")]
    [InlineData("5s5")]
    [InlineData("s")]
    [InlineData("true")]
    [InlineData("[1]")]
    [InlineData("{a = 1}")]
    [InlineData("99999999999 days")]
    public void GetTimeSpan_BadValue_ThrowsWrongTypeNamingPath(string value)
    {
        var e = Assert.Throws<ConfigWrongTypeException>(() => Read(value));
        Assert.Contains("'t'", e.Message);
        Assert.Contains("duration", e.Message);
    }

    [Theory]
    [InlineData("off")]
    [InlineData("OFF")]
    [InlineData("false")]
    [InlineData("no")]
    [InlineData("\"No\"")]
    public void GetTimeSpanWithOffSwitch_Off_ReturnsNull(string value) =>
        Assert.Null(ConfigurationFactory.ParseString($"t = {value}").GetTimeSpanWithOffSwitch("t"));

    [Fact]
    public void GetTimeSpanWithOffSwitch_Duration_ReturnsValue() =>
        Assert.Equal(TimeSpan.FromSeconds(2), ConfigurationFactory.ParseString("t = 2s").GetTimeSpanWithOffSwitch("t"));

    [Fact]
    public void GetTimeSpanWithOffSwitch_Missing_ThrowsMissing() =>
        Assert.Throws<ConfigMissingException>(() => ConfigurationFactory.ParseString("x = 1").GetTimeSpanWithOffSwitch("t"));

    [Fact]
    public void GetTimeSpan_SpecTable_Matches()
    {
        var config = ConfigurationFactory.ParseString("t = 5s\nu = 1.5 h\nv = 250\nw = infinite");
        Assert.Equal(TimeSpan.FromSeconds(5), config.GetTimeSpan("t"));
        Assert.Equal(TimeSpan.FromMinutes(90), config.GetTimeSpan("u"));
        Assert.Equal(TimeSpan.FromMilliseconds(250), config.GetTimeSpan("v"));
        Assert.Equal(Timeout.InfiniteTimeSpan, config.GetTimeSpan("w"));
        Assert.Equal(5.ToString(CultureInfo.InvariantCulture) + "s", config.GetString("t"));
    }
}
