using ActorChat.Actors;

namespace ActorChat.RemotePingPong;

/// <summary>Lives on the second system; sends every message back to its (remote) sender.</summary>
internal sealed class EchoActor : UntypedActor
{
    protected override void OnReceive(object message) => Sender.Tell(message);
}
