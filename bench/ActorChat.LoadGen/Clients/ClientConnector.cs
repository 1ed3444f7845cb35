using System.Diagnostics;
using System.Net.Sockets;
using ActorChat.LoadGen.Protocols;
using ActorChat.LoadGen.Measure;

namespace ActorChat.LoadGen.Clients;

/// <summary>
/// Connects and logs in a plan's clients with a bounded number of handshakes in progress, so 19,000
/// clients neither overrun the server's accept backlog nor open 19,000 half-done handshakes at once.
/// The first failure stops the rest; the caller closes whatever did connect.
/// </summary>
internal static class ClientConnector
{
    public static async Task<ConnectOutcome> ConnectAllAsync(
        IReadOnlyList<ClientSpec> plan,
        IChatProtocol protocol,
        IClientEvents events,
        bool idle,
        int concurrency,
        CancellationToken cancellationToken = default)
    {
        var clients = new ChatClient?[plan.Count];
        string? failure = null;
        var loggedIn = 0;
        var started = Stopwatch.GetTimestamp();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var options = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = stop.Token };
        try
        {
            await Parallel.ForEachAsync(plan, options, async (spec, ct) =>
            {
                var socket = new Socket(spec.EndPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(spec.EndPoint, ct).ConfigureAwait(false);
                }
                catch (SocketException e)
                {
                    socket.Dispose();
                    Fail($"{spec.Name}: cannot connect to {spec.EndPoint}: {e.SocketErrorCode}");
                    return;
                }

                var client = new ChatClient(spec.Index, spec.Name, socket, protocol, events, idle);
                clients[spec.Index] = client;
                if (!await client.LoginAsync(ct).ConfigureAwait(false))
                {
                    Fail($"{spec.Name}: login refused: {client.LoginError ?? "connection closed"}");
                    return;
                }

                if (Interlocked.Increment(ref loggedIn) % 5000 == 0)
                {
                    Progress.Log($"{loggedIn} clients logged in");
                }
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (failure is not null || cancellationToken.IsCancellationRequested)
        {
            failure ??= "cancelled (timeout) while connecting";
        }

        var connected = clients.OfType<ChatClient>().ToList();
        return new ConnectOutcome(connected, Stopwatch.GetElapsedTime(started), failure);

        void Fail(string reason)
        {
            if (Interlocked.CompareExchange(ref failure, reason, null) is null)
            {
                stop.Cancel();
            }
        }
    }
}
