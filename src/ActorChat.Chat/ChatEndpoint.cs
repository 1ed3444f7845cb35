using System.Net;
using System.Net.Sockets;
using ActorChat.Chat.Settings;

namespace ActorChat.Chat;

/// <summary>Binds the chat listener's socket before anything else starts, so a bad port fails fast.</summary>
public static class ChatEndpoint
{
    private const int Backlog = 4096;

    public static ChatBinding Bind(ChatSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        IPAddress address;
        if (!IPAddress.TryParse(settings.Hostname, out var parsed))
        {
            IPAddress[] found;
            try
            {
                found = Dns.GetHostAddresses(settings.Hostname);
            }
            catch (SocketException e)
            {
                return new ChatBinding(null, $"cannot resolve actorchat.chat.hostname \"{settings.Hostname}\": {e.Message}");
            }

            if (found.Length == 0)
            {
                return new ChatBinding(null, $"cannot resolve actorchat.chat.hostname \"{settings.Hostname}\"");
            }

            address = found[0];
        }
        else
        {
            address = parsed;
        }

        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(address, settings.Port));
            socket.Listen(Backlog);
            return new ChatBinding(socket, null);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            var what = e.SocketErrorCode == SocketError.AddressAlreadyInUse ? "address already in use" : e.Message;
            return new ChatBinding(null, $"cannot listen for chat clients on {address}:{settings.Port} (actorchat.chat.hostname/port): {what}");
        }
    }
}
