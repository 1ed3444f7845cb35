using ActorChat.LoadGen.Clients;

namespace ActorChat.LoadGen.Scenarios;

/// <summary>Every message from one sender to the same K recipients (one line naming all of them, or an IRC channel).</summary>
internal sealed class FanoutPattern(ChatClient sender, byte[] linePrefix, int recipients) : ITrafficPattern
{
    public int DeliveriesPerMessage => recipients;

    public ChatClient Next(ref FastRandom random, out byte[] prefix)
    {
        prefix = linePrefix;
        return sender;
    }
}
