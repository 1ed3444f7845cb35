using ActorChat.Chat.Settings;

namespace ActorChat.Chat;

/// <summary>Binds the chat listener's socket before anything else starts, so a bad port fails fast.</summary>
public static class ChatEndpoint
{
    public static ChatBinding Bind(ChatSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ListenSocket.Bind(settings.Hostname, settings.Port, "actorchat.chat", "chat clients");
    }
}
