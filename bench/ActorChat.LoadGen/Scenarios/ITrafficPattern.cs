using ActorChat.LoadGen.Clients;

namespace ActorChat.LoadGen.Scenarios;

/// <summary>Who sends the next message and to whom (as the line prefix that addresses the recipients).</summary>
internal interface ITrafficPattern
{
    /// <summary>Deliveries one message causes.</summary>
    int DeliveriesPerMessage { get; }

    /// <summary>Picks the sender of the next message; <paramref name="prefix"/> addresses its recipients.</summary>
    ChatClient Next(ref FastRandom random, out byte[] prefix);
}
