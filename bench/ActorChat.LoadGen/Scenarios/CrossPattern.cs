using ActorChat.LoadGen.Clients;

namespace ActorChat.LoadGen.Scenarios;

/// <summary>
/// Clients on two endpoints (two cluster nodes, or one node given twice); each message goes from a
/// random client to a random client on the other side, so every delivery crosses between the nodes.
/// </summary>
internal sealed class CrossPattern(IReadOnlyList<ChatClient> sideA, IReadOnlyList<ChatClient> sideB) : ITrafficPattern
{
    public int DeliveriesPerMessage => 1;

    public ChatClient Next(ref FastRandom random, out byte[] prefix)
    {
        var sender = random.Next(sideA.Count + sideB.Count);
        if (sender < sideA.Count)
        {
            prefix = sideB[random.Next(sideB.Count)].TargetPrefix;
            return sideA[sender];
        }

        prefix = sideA[random.Next(sideA.Count)].TargetPrefix;
        return sideB[sender - sideA.Count];
    }
}
