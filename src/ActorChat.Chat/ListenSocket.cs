using System.Net;
using System.Net.Sockets;

namespace ActorChat.Chat;

/// <summary>Resolves and binds a listening TCP socket; failures are values naming the address and the config keys.</summary>
internal static class ListenSocket
{
    private const int Backlog = 4096;

    /// <param name="hostname">An IP address or a host name.</param>
    /// <param name="port">0 picks a free port.</param>
    /// <param name="keyPrefix">The config section, e.g. <c>actorchat.chat</c>, named in errors.</param>
    /// <param name="what">What listens, e.g. "chat clients", named in errors.</param>
    public static ChatBinding Bind(string hostname, int port, string keyPrefix, string what)
    {
        IPAddress address;
        if (!IPAddress.TryParse(hostname, out var parsed))
        {
            IPAddress[] found;
            try
            {
                found = Dns.GetHostAddresses(hostname);
            }
            catch (SocketException e)
            {
                return new ChatBinding(null, $"cannot resolve {keyPrefix}.hostname \"{hostname}\": {e.Message}");
            }

            if (found.Length == 0)
            {
                return new ChatBinding(null, $"cannot resolve {keyPrefix}.hostname \"{hostname}\"");
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
            socket.Bind(new IPEndPoint(address, port));
            socket.Listen(Backlog);
            return new ChatBinding(socket, null);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            var reason = e.SocketErrorCode == SocketError.AddressAlreadyInUse ? "address already in use" : e.Message;
            return new ChatBinding(null, $"cannot listen for {what} on {address}:{port} ({keyPrefix}.hostname/port): {reason}");
        }
    }
}
