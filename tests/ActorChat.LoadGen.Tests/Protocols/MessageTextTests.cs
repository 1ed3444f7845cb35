using System.Text;
using ActorChat.LoadGen.Protocols;

namespace ActorChat.LoadGen.Tests.Protocols;

public sealed class MessageTextTests
{
    [Fact]
    public void Write_PayloadSize_PaddedToExactLength()
    {
        var buffer = new byte[MessageText.MaxLength];

        var length = MessageText.Write(buffer, 123_456_789_012, 77, 32);

        Assert.Equal(32, length);
        Assert.Equal("123456789012 77 xxxxxxxxxxxxxxxx", Encoding.ASCII.GetString(buffer, 0, length));
    }

    [Fact]
    public void Write_PayloadSmallerThanNumbers_NoPadding()
    {
        var buffer = new byte[MessageText.MaxLength];

        var length = MessageText.Write(buffer, 123_456_789_012, 77, 5);

        Assert.Equal("123456789012 77", Encoding.ASCII.GetString(buffer, 0, length));
    }

    [Fact]
    public void Write_LargestValuesAndPayload_FitsMaxLength()
    {
        var buffer = new byte[MessageText.MaxLength];

        var length = MessageText.Write(buffer, long.MaxValue, long.MaxValue, 400);

        Assert.Equal(400, length);
        Assert.True(MessageText.TryParse(buffer.AsSpan(0, length), out var ticks, out var seq));
        Assert.Equal(long.MaxValue, ticks);
        Assert.Equal(long.MaxValue, seq);
    }

    [Theory]
    [InlineData("hello world")]
    [InlineData("123")]
    [InlineData("123 ")]
    [InlineData("123 4x")]
    [InlineData("")]
    public void TryParse_ForeignText_False(string text)
    {
        Assert.False(MessageText.TryParse(Encoding.ASCII.GetBytes(text), out _, out _));
    }
}
