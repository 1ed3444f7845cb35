using System.Net.Sockets;
using System.Text;

namespace ActorChat.Client;

/// <summary>
/// One chat session: log in (the first server line says whether the name was accepted), then copy
/// server lines to stdout and stdin lines to the server. Stdin EOF half-closes the socket; the
/// session ends when the server closes (it does after writing what it still owes us).
/// </summary>
internal sealed class ChatSession(TextReader input, TextWriter output, TextWriter errors)
{
    public const int Ok = 0;
    public const int Refused = 1;
    public const int CannotConnect = 2;

    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    public async Task<int> RunAsync(ClientOptions options)
    {
        using var tcp = new TcpClient { NoDelay = true };
        try
        {
            using var cts = new CancellationTokenSource(ConnectTimeout);
            await tcp.ConnectAsync(options.Host, options.Port, cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            await errors.WriteLineAsync($"actorchat-client: cannot connect to {options.Host}:{options.Port}: {(e is OperationCanceledException ? "timed out" : e.Message)}").ConfigureAwait(false);
            return CannotConnect;
        }

        var stream = tcp.GetStream();
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        await stream.WriteAsync(Encoding.UTF8.GetBytes(options.Name + "\n")).ConfigureAwait(false);
        var first = await reader.ReadLineAsync().ConfigureAwait(false);
        if (first is null || first.StartsWith("error:", StringComparison.Ordinal))
        {
            await errors.WriteLineAsync("actorchat-client: login refused: " + (first ?? "connection closed")).ConfigureAwait(false);
            return Refused;
        }

        await output.WriteLineAsync(first).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
        using var stop = new CancellationTokenSource();
        // On its own thread: Console.In reads synchronously even through ReadLineAsync.
        var sending = Task.Run(() => SendAsync(tcp.Client, stop.Token));
        try
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                await output.WriteLineAsync(line).ConfigureAwait(false);
                await output.FlushAsync().ConfigureAwait(false);
            }
        }
        catch (IOException)
        {
            // The server reset the connection: the session is over all the same.
        }

        // A console read cannot be cancelled, so the sender is not awaited: the process ends with it.
        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAny(sending, Task.Delay(TimeSpan.FromMilliseconds(200))).ConfigureAwait(false);
        return Ok;
    }

    private async Task SendAsync(Socket socket, CancellationToken cancellationToken)
    {
        try
        {
            while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(line + "\n"), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            }

            // EOF on stdin: tell the server we are done; it answers by closing after what it owes us.
            socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The server closed first.
        }
    }
}
