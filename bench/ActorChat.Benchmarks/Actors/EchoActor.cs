using ActorChat.Actors;

namespace ActorChat.Benchmarks.Actors;

/// <summary>Echoes every message back to its sender with the implicit-sender Tell.</summary>
public sealed class EchoActor : UntypedActor
{
    protected override void OnReceive(object message) => Sender.Tell(message);
}
