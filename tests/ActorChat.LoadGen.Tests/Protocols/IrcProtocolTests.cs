using System.Text;
using ActorChat.LoadGen.Protocols;

namespace ActorChat.LoadGen.Tests.Protocols;

public sealed class IrcProtocolTests
{
    private static readonly IrcProtocol Protocol = IrcProtocol.Instance;

    [Theory]
    [InlineData(":u1!~u1@127.0.0.1 PRIVMSG u2 :987654321 7 xx")]
    [InlineData(":u1!~u1@::1 PRIVMSG u2 :987654321 7 xx")]
    [InlineData(":u1!~u1@127.0.0.1 PRIVMSG #fanout :987654321 7 xx")]
    public void Classify_Privmsg_TrailingTextWithTimestamp(string text)
    {
        var line = Encoding.ASCII.GetBytes(text);

        var kind = Protocol.Classify(line, out var offset);

        Assert.Equal(InboundKind.Delivery, kind);
        Assert.Equal("987654321 7 xx", Encoding.ASCII.GetString(line.AsSpan(offset)));
        Assert.True(MessageText.TryParse(line.AsSpan(offset), out var ticks, out var seq));
        Assert.Equal(987654321, ticks);
        Assert.Equal(7, seq);
    }

    [Theory]
    [InlineData(":loadgen.irc 001 u1 :Welcome to the Internet Relay Network u1!~u1@127.0.0.1", nameof(InboundKind.Welcome))]
    [InlineData(":loadgen.irc 366 u1 #fanout :End of NAMES list", nameof(InboundKind.Joined))]
    [InlineData(":loadgen.irc 401 u1 u9 :No such nick or channel name", nameof(InboundKind.Error))]
    [InlineData(":loadgen.irc 433 * u1 :Nickname already in use", nameof(InboundKind.Error))]
    [InlineData(":loadgen.irc 502 u1 :Cannot change mode for other users", nameof(InboundKind.Error))]
    [InlineData(":loadgen.irc 422 u1 :MOTD file is missing", nameof(InboundKind.Other))]
    [InlineData(":loadgen.irc 372 u1 :- benchmark", nameof(InboundKind.Other))]
    [InlineData(":u5!~u5@127.0.0.1 JOIN :#fanout", nameof(InboundKind.Other))]
    [InlineData("ERROR :Closing connection", nameof(InboundKind.Error))]
    [InlineData(":loadgen.irc NOTICE u1 :hello", nameof(InboundKind.Other))]
    [InlineData(":u1!~u1@127.0.0.1 PRIVMSG u2", nameof(InboundKind.Other))]
    public void Classify_ServerLines_Kind(string line, string expected)
    {
        Assert.Equal(Enum.Parse<InboundKind>(expected), Protocol.Classify(Encoding.ASCII.GetBytes(line), out _));
    }

    [Fact]
    public void Classify_Ping_AnsweredWithSameToken()
    {
        var line = "PING :loadgen.irc"u8;

        Assert.Equal(InboundKind.Ping, Protocol.Classify(line, out var offset));
        Assert.Equal("PONG :loadgen.irc\r\n", Encoding.ASCII.GetString(Protocol.Pong(line[offset..])));
    }

    [Fact]
    public void OutgoingBytes_MatchIrc()
    {
        Assert.Equal("NICK u3\r\nUSER u3 0 * :u3\r\n", Encoding.ASCII.GetString(Protocol.Login("u3")));
        Assert.Equal("PRIVMSG u4 :", Encoding.ASCII.GetString(Protocol.DirectPrefix("u4")));
        Assert.Equal("PRIVMSG #fanout :", Encoding.ASCII.GetString(Protocol.FanoutPrefix(["u1", "u2"])));
        Assert.Equal("JOIN #fanout\r\n", Encoding.ASCII.GetString(Protocol.FanoutJoin()!));
        Assert.Equal("\r\n", Encoding.ASCII.GetString(Protocol.Terminator));
    }
}
