using ActorChat.Chat.Management.Settings;

namespace ActorChat.Chat.Management;

/// <summary>Binds the management port before the node starts, so a port in use fails startup like the chat port.</summary>
public static class CmdEndpoint
{
    public static ChatBinding Bind(CmdSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ListenSocket.Bind(settings.Hostname, settings.Port, "actorchat.cmd", "actorchat-cmd connections");
    }
}
