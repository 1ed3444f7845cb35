using ActorChat.LoadGen.Clients;

namespace ActorChat.LoadGen.Scenarios;

/// <summary>Each message from a random client to a random other client.</summary>
internal sealed class DirectPattern(IReadOnlyList<ChatClient> clients) : ITrafficPattern
{
    public int DeliveriesPerMessage => 1;

    public ChatClient Next(ref FastRandom random, out byte[] prefix)
    {
        var sender = random.Next(clients.Count);

        // Draw from the other N-1 clients: skip over the sender's own index.
        var target = random.Next(clients.Count - 1);
        if (target >= sender)
        {
            target++;
        }

        prefix = clients[target].TargetPrefix;
        return clients[sender];
    }
}
