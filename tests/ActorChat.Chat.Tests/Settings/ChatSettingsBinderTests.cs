using ActorChat.Chat.Settings;
using ActorChat.Hocon;

namespace ActorChat.Chat.Tests.Settings;

public sealed class ChatSettingsBinderTests
{
    [Fact]
    public void Bind_Reference_Defaults()
    {
        var result = ChatSettingsBinder.Bind(ChatReference.Config);
        Assert.True(result.IsValid);
        var s = result.Settings!;
        Assert.Equal(("127.0.0.1", 8080, 4096, 1024 * 1024L), (s.Hostname, s.Port, s.MaxLineLength, s.OutboundBufferLimit));
        Assert.Equal("node1", s.NodeName);
    }

    [Fact]
    public void Bind_SeveralBadKeys_AllReportedWithKeys()
    {
        var config = ChatReference.WithReference(ConfigurationFactory.ParseString(
            "actorchat.chat { port = 70000, max-line-length = 1MB1, max-clients = many, outbound-buffer-limit = 2KiB }", "test.conf"));
        var result = ChatSettingsBinder.Bind(config);
        Assert.False(result.IsValid);
        Assert.Equal(["actorchat.chat.max-clients", "actorchat.chat.max-line-length", "actorchat.chat.port"], result.Problems.Select(p => p.Key).Order());
        Assert.Contains(result.Problems, p => p.Message.Contains("test.conf:1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("auto", SocketReaderKind.Auto)]
    [InlineData("epoll", SocketReaderKind.Epoll)]
    [InlineData("async", SocketReaderKind.Async)]
    public void Bind_SocketReader_Kind(string value, SocketReaderKind expected)
    {
        var result = ChatSettingsBinder.Bind(ChatReference.WithReference(ConfigurationFactory.ParseString("actorchat.chat.socket-reader = " + value)));
        Assert.Equal(expected, result.Settings!.SocketReader);
    }

    [Fact]
    public void Bind_SocketReaderUnknown_ProblemNamesTheChoices()
    {
        var result = ChatSettingsBinder.Bind(ChatReference.WithReference(ConfigurationFactory.ParseString("actorchat.chat.socket-reader = kqueue")));
        var problem = Assert.Single(result.Problems);
        Assert.Equal("actorchat.chat.socket-reader", problem.Key);
        Assert.Contains("must be auto, epoll or async", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0ms", true)]
    [InlineData("20ms", true)]
    [InlineData("2s", false)]
    [InlineData("-1ms", false)]
    public void Bind_MaxFlushDelay_ZeroToOneSecond(string value, bool valid)
    {
        var result = ChatSettingsBinder.Bind(ChatReference.WithReference(ConfigurationFactory.ParseString("actorchat.chat.max-flush-delay = " + value)));
        Assert.Equal(valid, result.IsValid);
        Assert.Equal(valid ? [] : ["actorchat.chat.max-flush-delay"], result.Problems.Select(p => p.Key));
    }

    [Fact]
    public void Reference_EveryChatKey_HasAComment()
    {
        using var stream = typeof(ChatReference).Assembly.GetManifestResourceStream("ActorChat.Chat.reference.conf")!;
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Contains('=', StringComparison.Ordinal) && !line.StartsWith('#'))
            {
                Assert.True(lines[i - 1].Trim().StartsWith('#') || lines[i - 1].Trim().EndsWith('{'), "no comment above: " + line);
            }
        }
    }
}
