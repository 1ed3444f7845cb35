using ActorChat.Chat.Settings;
using ActorChat.Hocon;

namespace ActorChat.Chat.Tests;

/// <summary>Starts the real chat service (port 0) inside a TestKit's system.</summary>
public static class ChatServiceFixture
{
    public static ChatSettings Settings(string hocon = "")
    {
        var result = ChatSettingsBinder.Bind(ChatReference.WithReference(ConfigurationFactory.ParseString("actorchat.chat.port = 0\n" + hocon)));
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        return result.Settings!;
    }

    public static async Task<ChatService> StartAsync(ActorSystem system, string hocon = "")
    {
        var settings = Settings(hocon);
        var binding = ChatEndpoint.Bind(settings);
        Assert.True(binding.IsBound, binding.Error);
        return await ChatService.StartAsync(system, settings, binding.Socket!);
    }
}
