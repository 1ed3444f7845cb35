using System.Net.Sockets;

namespace ActorChat.Chat.Connections;

/// <summary>The one socket write loop shared by chat and CLI connections.</summary>
internal static class SocketWrites
{
    /// <summary>Sends every byte of <paramref name="data"/> (a send may take only part of it).</summary>
    public static async Task SendAllAsync(Socket socket, ReadOnlyMemory<byte> data)
    {
        while (!data.IsEmpty)
        {
            var sent = await socket.SendAsync(data, SocketFlags.None).ConfigureAwait(false);
            data = data[sent..];
        }
    }
}
