namespace ActorChat.Hosting.Tests;

/// <summary>Replies every message back to its sender; also the registry key of the echo actor.</summary>
public sealed class Echo : ReceiveActor
{
    public Echo() => ReceiveAny(m => Sender.Tell(m, Self));
}
