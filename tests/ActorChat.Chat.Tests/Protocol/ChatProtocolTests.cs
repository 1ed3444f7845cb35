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

    [Fact]
    public void ParseMessage_ManyRecipients_EachOnceInFirstListedOrder()
    {
        // Past eight names duplicates are found by a set: repeat names both before and after that point.
        var names = Enumerable.Range(0, 100).Select(i => "u" + i).ToList();
        var listed = names.Concat(["u0", "u7", "u8", "u99"]).Prepend("u3");
        var parsed = ChatProtocol.ParseMessage(string.Join(", ", listed) + ": hi");
        Assert.Equal(names.Where(n => n != "u3").Prepend("u3"), parsed.Recipients);
    }

    [Theory]
    [InlineData("carol", "hello")]
    [InlineData("élise", "naïve: ☃ 𝄞")]
    public void DeliveryBytes_SameAsTheDeliveryLineInUtf8(string from, string text) =>
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(ChatProtocol.Delivery(from, text) + "\n"), ChatProtocol.DeliveryBytes(from, text));

    [Theory]
    [InlineData("no colon", ChatProtocol.MissingColon)]
    [InlineData("bob:", ChatProtocol.MissingText)]
    [InlineData("bob:  ", ChatProtocol.MissingText)]
    [InlineData(" , :x", ChatProtocol.MissingRecipient)]
    public void ParseMessage_Malformed_ErrorValue(string line, string error) => Assert.Equal(error, ChatProtocol.ParseMessage(line).Error);
}
