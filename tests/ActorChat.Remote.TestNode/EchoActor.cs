using ActorChat.Actors;

namespace ActorChat.Remote.TestNode;

/// <summary>Answers every message with itself, so the parent can check the node is reachable.</summary>
internal sealed class EchoActor : ReceiveActor
{
    public EchoActor() => ReceiveAny(m => Sender.Tell(m, Self));
}
