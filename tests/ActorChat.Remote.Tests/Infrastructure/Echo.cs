using ActorChat.Actors;

namespace ActorChat.Remote.Tests.Infrastructure;

/// <summary>Replies with whatever it gets; a <see cref="ReplyTo"/> is answered at its ref.</summary>
public sealed class Echo : ReceiveActor
{
    public Echo()
    {
        Receive<ReplyTo>(m => m.Target.Tell(new Reply(m.Text, Self), Self));
        ReceiveAny(m => Sender.Tell(m, Self));
    }
}

/// <summary>A registered JSON message carrying a ref.</summary>
public sealed record ReplyTo(string Text, IActorRef Target);

public sealed record Reply(string Text, IActorRef From);

/// <summary>Registered only on some nodes (unknown manifest elsewhere).</summary>
public sealed record Secret(string Text);
