namespace ActorChat.Actors.Tests.Infrastructure;

/// <summary>Replies every message back to its sender.</summary>
public sealed class Echo : ReceiveActor
{
    public Echo() => ReceiveAny(m => Sender.Tell(m, Self));
}
