using System.Net;
using System.Net.Sockets;
using ActorChat.TestKit.EventFilter;
using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Tests.Management;

/// <summary>The CLI listener shares the chat accept loop but logs its accept errors under its own id.</summary>
public sealed class CmdAcceptErrorTests : ActorChat.TestKit.TestKit
{
    [Fact]
    public async Task AcceptError_OnCmdPort_LoggedAs4002NotChat2001()
    {
        // A listening socket shut down (Linux): every accept fails at once with EINVAL, a SocketException
        // that the loop must survive and report, like EMFILE on a real node.
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        socket.Listen();
        socket.Shutdown(SocketShutdown.Both);
        var first = new TaskCompletionSource<LogEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool IsAcceptError(LogEvent e) => e.EventId.Id is 4002 or 2001;
        using var muted = EventFilter.Custom(e =>
        {
            if (IsAcceptError(e))
            {
                first.TrySetResult(e);
            }

            return IsAcceptError(e);
        }).Mute();

        await CmdFixture.StartAsync(Sys, listening: socket);
        var logged = await first.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(4002, logged.EventId.Id);
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.StartsWith("cmd accept failed (", logged.Message, StringComparison.Ordinal);
    }
}
