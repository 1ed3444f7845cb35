using System.Net.Sockets;
namespace ActorChat.Chat.Listener;

/// <summary>
/// Accepts sockets and Tells them to the listener actor. An accept error (EMFILE, a reset before
/// accept) never ends the loop: it waits, doubling from accept-backoff-min to accept-backoff-max,
/// and tries again. Only cancellation or closing the listening socket ends it. The loop is shared by
/// the chat and the CLI listeners, so each error goes to <c>onError</c> (error, backoff): the owner logs
/// it under its own event id and counts it where it counts things.
/// </summary>
internal sealed class AcceptLoop(Socket listening, IActorRef listener, TimeSpan backoffMin, TimeSpan backoffMax, Action<SocketError, TimeSpan> onError) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    public void Start() => _ = Task.Run(RunAsync);

    public void Stop() => _stop.Cancel();

    /// <summary>Stops the loop; an accept in progress is cancelled.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        var ct = _stop.Token;
        var backoff = backoffMin;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var socket = await listening.AcceptAsync(ct).ConfigureAwait(false);
                listener.Tell(new Accepted(socket), ActorRefs.NoSender);
                backoff = backoffMin;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException e)
            {
                onError(e.SocketErrorCode, backoff);
                try
                {
                    await Task.Delay(backoff, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, backoffMax.Ticks));
            }
        }
    }
}
