using ActorChat.Chat.Protocol;

namespace ActorChat.Chat.Tests.Protocol;

public sealed class ChatProtocolTests
{
    [Theory]
    [InlineData("alice", true)]
    [InlineData("A-z_0.9", true)]
    [InlineData("", false)]
    [InlineData("al ice", false)]
    [InlineData("al,ice", false)]
    [InlineData("élise", false)]
    [InlineData("abcdefghi", false)]
    public void IsValidName_MaxEight_AsSpecified(string name, bool valid) => Assert.Equal(valid, ChatProtocol.IsValidName(name, 8));

    [Fact]
    public void ParseMessage_RecipientsTrimmedDeduplicatedTextTrimmedMayHoldColons()
    {
        var parsed = ChatProtocol.ParseMessage(" bob ,carol, bob,:  a: b  ");
        Assert.True(parsed.IsValid);
        Assert.Equal(["bob", "carol"], parsed.Recipients);
        Assert.Equal("a: b", parsed.Text);
    }

    [Theory]
    [InlineData("no colon", ChatProtocol.MissingColon)]
    [InlineData("bob:", ChatProtocol.MissingText)]
    [InlineData("bob:  ", ChatProtocol.MissingText)]
    [InlineData(" , :x", ChatProtocol.MissingRecipient)]
    public void ParseMessage_Malformed_ErrorValue(string line, string error) => Assert.Equal(error, ChatProtocol.ParseMessage(line).Error);
}
