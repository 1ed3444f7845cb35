using System.Numerics;

namespace ActorChat.Hocon.Tests.Units;

/// <summary>hocon.md §21: every byte-size unit, through Config.GetByteSize.</summary>
public sealed class ByteSizeTests
{
    private static long Read(string value) => ConfigurationFactory.ParseString($"s = {value}").GetByteSize("s");

    [Theory]
    [InlineData("", 1)]
    [InlineData("B", 1)]
    [InlineData("b", 1)]
    [InlineData("byte", 1)]
    [InlineData("bytes", 1)]
    [InlineData("kB", 1000)]
    [InlineData("kilobyte", 1000)]
    [InlineData("kilobytes", 1000)]
    [InlineData("MB", 1000_000)]
    [InlineData("megabyte", 1000_000)]
    [InlineData("megabytes", 1000_000)]
    [InlineData("GB", 1000_000_000)]
    [InlineData("gigabyte", 1000_000_000)]
    [InlineData("gigabytes", 1000_000_000)]
    [InlineData("TB", 1000_000_000_000)]
    [InlineData("terabyte", 1000_000_000_000)]
    [InlineData("terabytes", 1000_000_000_000)]
    [InlineData("PB", 1000_000_000_000_000)]
    [InlineData("petabyte", 1000_000_000_000_000)]
    [InlineData("petabytes", 1000_000_000_000_000)]
    [InlineData("K", 1L << 10)]
    [InlineData("k", 1L << 10)]
    [InlineData("Ki", 1L << 10)]
    [InlineData("KiB", 1L << 10)]
    [InlineData("kibibyte", 1L << 10)]
    [InlineData("kibibytes", 1L << 10)]
    [InlineData("M", 1L << 20)]
    [InlineData("m", 1L << 20)]
    [InlineData("Mi", 1L << 20)]
    [InlineData("MiB", 1L << 20)]
    [InlineData("mebibyte", 1L << 20)]
    [InlineData("mebibytes", 1L << 20)]
    [InlineData("G", 1L << 30)]
    [InlineData("g", 1L << 30)]
    [InlineData("Gi", 1L << 30)]
    [InlineData("GiB", 1L << 30)]
    [InlineData("gibibyte", 1L << 30)]
    [InlineData("gibibytes", 1L << 30)]
    [InlineData("T", 1L << 40)]
    [InlineData("t", 1L << 40)]
    [InlineData("Ti", 1L << 40)]
    [InlineData("TiB", 1L << 40)]
    [InlineData("tebibyte", 1L << 40)]
    [InlineData("tebibytes", 1L << 40)]
    [InlineData("P", 1L << 50)]
    [InlineData("p", 1L << 50)]
    [InlineData("Pi", 1L << 50)]
    [InlineData("PiB", 1L << 50)]
    [InlineData("pebibyte", 1L << 50)]
    [InlineData("pebibytes", 1L << 50)]
    public void GetByteSize_Unit_ScalesOne(string unit, long bytesPerUnit)
    {
        Assert.Equal(bytesPerUnit, Read("1" + unit));
        Assert.Equal(bytesPerUnit * 3, Read($"\"3 {unit}\""));
    }

    [Theory]
    [InlineData("EB", "1000000000000000000")]
    [InlineData("exabyte", "1000000000000000000")]
    [InlineData("exabytes", "1000000000000000000")]
    [InlineData("E", "1152921504606846976")]
    [InlineData("e", "1152921504606846976")]
    [InlineData("Ei", "1152921504606846976")]
    [InlineData("EiB", "1152921504606846976")]
    [InlineData("exbibyte", "1152921504606846976")]
    [InlineData("exbibytes", "1152921504606846976")]
    public void GetByteSize_ExaUnit_FitsOnce(string unit, string bytes) =>
        Assert.Equal(BigInteger.Parse(bytes, System.Globalization.CultureInfo.InvariantCulture), new BigInteger(Read("1" + unit)));

    [Theory]
    [InlineData("ZB")]
    [InlineData("zettabyte")]
    [InlineData("zettabytes")]
    [InlineData("YB")]
    [InlineData("yottabyte")]
    [InlineData("yottabytes")]
    [InlineData("Z")]
    [InlineData("z")]
    [InlineData("Zi")]
    [InlineData("ZiB")]
    [InlineData("zebibyte")]
    [InlineData("zebibytes")]
    [InlineData("Y")]
    [InlineData("y")]
    [InlineData("Yi")]
    [InlineData("YiB")]
    [InlineData("yobibyte")]
    [InlineData("yobibytes")]
    public void GetByteSize_BeyondLong_ThrowsWrongType(string unit)
    {
        var e = Assert.Throws<ConfigWrongTypeException>(() => Read("1" + unit));
        Assert.Contains("'s'", e.Message);
        Assert.Contains("byte size", e.Message);
    }

    [Theory]
    [InlineData("\"0.001 ZB\"", 1_000_000_000_000_000_000)]
    [InlineData("\"0.0001 ZiB\"", 118_059_162_071_741_130)]
    public void GetByteSize_FractionOfHugeUnit_Fits(string value, long expected) => Assert.Equal(expected, Read(value));

    [Fact]
    public void GetByteSize_SpecTable_Matches()
    {
        var config = ConfigurationFactory.ParseString("a = 10MB\nb = 512K\nc = 0.5M");
        Assert.Equal(10_000_000L, config.GetByteSize("a"));
        Assert.Equal(524_288L, config.GetByteSize("b"));
        Assert.Equal(524_288L, config.GetByteSize("c"));
    }

    [Theory]
    [InlineData("4096", 4096)]
    [InlineData("1.5K", 1536)]
    [InlineData("\"  2 MiB  \"", 2 * 1024 * 1024)]
    public void GetByteSize_Value_Parses(string value, long expected) => Assert.Equal(expected, Read(value));

    [Theory]
    [InlineData("10mb")]
    [InlineData("10kb")]
    [InlineData("10 KB")]
    [InlineData("10Mib")]
    [InlineData("-1K")]
    [InlineData("lots")]
    [InlineData("99999999999999999999")]
    [InlineData("\"10000000 TB\"")]
    [InlineData("[1]")]
    public void GetByteSize_BadValue_ThrowsWrongType(string value) =>
        Assert.Throws<ConfigWrongTypeException>(() => Read(value));
}
