using ActorChat.LoadGen.Clients;
using ActorChat.LoadGen.Measure;

namespace ActorChat.LoadGen.Scenarios;

/// <summary>Owns a run's connected clients and closes them all at the end, whatever happened.</summary>
internal sealed class ClientGroup(IReadOnlyList<ChatClient> clients) : IAsyncDisposable
{
    private static readonly TimeSpan CloseBound = TimeSpan.FromSeconds(5);

    public IReadOnlyList<ChatClient> Clients => clients;

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients)
        {
            client.Dispose();
        }

        // The receive loops end on the closed sockets; bounded so a stuck loop cannot hang the exit.
        try
        {
            await Task.WhenAll(clients.Select(c => c.Receiving)).WaitAsync(CloseBound).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Progress.Log($"some receive loops did not end within {CloseBound.TotalSeconds:0} s of closing");
        }
    }
}
