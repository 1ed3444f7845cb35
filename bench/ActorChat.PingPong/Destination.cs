using ActorChat.Actors;

namespace ActorChat.PingPong;

/// <summary>Echoes every message back to its sender with the implicit-sender Tell (the path user code takes).</summary>
internal sealed class Destination : UntypedActor
{
    protected override void OnReceive(object message) => Sender.Tell(message);
}
