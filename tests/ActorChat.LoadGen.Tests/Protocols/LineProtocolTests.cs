using System.Text;
using ActorChat.LoadGen.Protocols;

namespace ActorChat.LoadGen.Tests.Protocols;

public sealed class LineProtocolTests
{
    private static readonly LineProtocol Protocol = LineProtocol.Instance;

    [Fact]
    public void Classify_Delivery_TextAfterSender()
    {
        var line = "from u17: 123456789 42 xxxx"u8;

        var kind = Protocol.Classify(line, out var offset);

        Assert.Equal(InboundKind.Delivery, kind);
        Assert.Equal("123456789 42 xxxx", Encoding.ASCII.GetString(line[offset..]));
        Assert.True(MessageText.TryParse(line[offset..], out var ticks, out var seq));
        Assert.Equal(123456789, ticks);
        Assert.Equal(42, seq);
    }

    [Fact]
    public void Classify_DeliveryWhoseTextHoldsColons_SplitsAtTheFirst()
    {
        var line = "from a.b-c: x: y"u8;

        Assert.Equal(InboundKind.Delivery, Protocol.Classify(line, out var offset));
        Assert.Equal("x: y", Encoding.ASCII.GetString(line[offset..]));
    }

    [Theory]
    [InlineData("error: unknown user u9", nameof(InboundKind.Error))]
    [InlineData("error: too slow", nameof(InboundKind.Error))]
    [InlineData("info: welcome u1", nameof(InboundKind.Welcome))]
    [InlineData("info: server shutting down", nameof(InboundKind.Other))]
    [InlineData("from u1 without separator", nameof(InboundKind.Other))]
    [InlineData("", nameof(InboundKind.Other))]
    public void Classify_ServerLines_Kind(string line, string expected)
    {
        Assert.Equal(Enum.Parse<InboundKind>(expected), Protocol.Classify(Encoding.ASCII.GetBytes(line), out _));
    }

    [Fact]
    public void OutgoingBytes_MatchTheLineProtocol()
    {
        Assert.Equal("u3\n", Encoding.ASCII.GetString(Protocol.Login("u3")));
        Assert.Equal("u4: ", Encoding.ASCII.GetString(Protocol.DirectPrefix("u4")));
        Assert.Equal("u1, u2, u3: ", Encoding.ASCII.GetString(Protocol.FanoutPrefix(["u1", "u2", "u3"])));
        Assert.Null(Protocol.FanoutJoin());
        Assert.Equal("\n", Encoding.ASCII.GetString(Protocol.Terminator));
    }
}
