using ActorChat.LoadGen.Report;

namespace ActorChat.LoadGen.Tests.Report;

public sealed class ResultJsonTests
{
    [Fact]
    public void Serialize_OneLineCamelCaseWithSchema()
    {
        var json = ResultJson.Serialize(ReportSamples.Run("actorchat", "direct", msgsPerSec: 123_456.5, p50: 80));

        Assert.DoesNotContain('\n', json);
        Assert.StartsWith("{\"schema\":\"actorchat-loadgen/1\",\"label\":\"actorchat\"", json);
        Assert.Contains("\"msgsPerSec\":123456.5", json);
        Assert.Contains("\"p50Us\":80", json);
        Assert.Contains("\"serverCpuUsPerMessage\":", json);
        Assert.Contains("\"bytesPerIdleClient\":null", json);
    }

    [Fact]
    public void TryParse_SerializedResult_RoundTrips()
    {
        var run = ReportSamples.Run("ngircd", "fanout", msgsPerSec: 2_000, p50: 3_000);

        var parsed = ResultJson.TryParse(ResultJson.Serialize(run));

        Assert.Equal(run with { ErrorSamples = null }, parsed! with { ErrorSamples = null });
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"schema\":\"other/1\",\"label\":\"x\",\"protocol\":\"line\",\"scenario\":\"direct\",\"timestamp\":\"t\"}")]
    [InlineData("{\"label\":\"x\"}")]
    public void TryParse_ForeignLine_Null(string line)
    {
        Assert.Null(ResultJson.TryParse(line));
    }
}
